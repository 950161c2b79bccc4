#include "eventfilter.h"

QString EventFilterSpec::validationError() const
{
    if (!regex || text.isEmpty())
        return {};
    QRegularExpression re(text);
    return re.isValid() ? QString() : re.errorString();
}

EventMatcher::EventMatcher(const EventStore &store, const EventFilterSpec &spec)
    : m_store(store)
    , m_text(spec.text)
    , m_regex(spec.regex)
{
    const StringTable &strings = store.strings();
    const QStringList &kinds = store.logKind() == LogKind::Events ? spec.types : spec.levels;
    m_anyAgent = spec.agents.isEmpty();
    m_anyKind = kinds.isEmpty();
    m_agentOk.assign(strings.size(), m_anyAgent);
    m_kindOk.assign(strings.size(), m_anyKind);
    for (quint32 id = 0; id < strings.size(); ++id) {
        // Id 0 is the "(no agent)" / "(no type)" bucket, selected by an empty name.
        if (!m_anyAgent && spec.agents.contains(strings.at(id)))
            m_agentOk[id] = true;
        if (!m_anyKind && kinds.contains(strings.at(id)))
            m_kindOk[id] = true;
    }
    if (m_regex && !m_text.isEmpty())
        m_re = QRegularExpression(m_text, QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

QByteArray EventMatcher::lineOf(int i)
{
    const quint64 off = m_store.lineOffset(i);
    const quint32 len = m_store.lineLength(i);
    if (off < m_blockStart || off + len > m_blockStart + quint64(m_block.size())) {
        // Read ahead: consecutive lines are contiguous in the file.
        m_blockStart = off;
        m_block = m_store.readRange(off, std::max<quint32>(len, 4u << 20));
    }
    return QByteArray::fromRawData(m_block.constData() + (off - m_blockStart), qsizetype(len));
}

bool EventMatcher::textMatches(const QByteArray &line) const
{
    const QString s = QString::fromUtf8(line);
    if (m_regex)
        return m_re.isValid() && m_re.match(s).hasMatch();
    return s.contains(m_text, Qt::CaseInsensitive);
}

bool EventMatcher::matches(int i)
{
    const quint32 a = m_store.agentId(i), k = m_store.kindId(i);
    if (!m_anyAgent && (a >= m_agentOk.size() || !m_agentOk[a]))
        return false;
    if (!m_anyKind && (k >= m_kindOk.size() || !m_kindOk[k]))
        return false;
    if (m_text.isEmpty())
        return true;
    return textMatches(lineOf(i));
}

std::vector<quint32> EventMatcher::matchAll(std::vector<bool> &mask, const std::atomic<bool> *cancel)
{
    std::vector<quint32> rows;
    const int n = m_store.size();
    mask.assign(size_t(n), false);
    for (int i = 0; i < n; ++i) {
        if (cancel && (i & 0xFFF) == 0 && cancel->load())
            return {};
        if (matches(i)) {
            mask[size_t(i)] = true;
            rows.push_back(quint32(i));
        }
    }
    return rows;
}
