#pragma once

#include "sessiondoctor.h"

#include <QTreeWidget>

// Per worker, the protocol as a checklist: spawned first, configured, notes
// then JSON, completed, files in place, outputs valid.
class ProtocolChecklist : public QTreeWidget
{
    Q_OBJECT
public:
    explicit ProtocolChecklist(QWidget *parent = nullptr);
    void setChecklists(const QVector<WorkerChecklist> &checklists);
};
