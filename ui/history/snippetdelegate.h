#pragma once

#include <QStyledItemDelegate>

// Paints a column whose display text is HistorySearch::snippetHtml(): the
// session's text escaped, the matched words bold. Rich text is drawn only
// from that function's output, never from a session's bytes directly.
class SnippetDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    static constexpr int HtmlRole = Qt::UserRole + 40;
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
