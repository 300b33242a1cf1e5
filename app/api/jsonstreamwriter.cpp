#include "app/api/jsonstreamwriter.h"

namespace {

char16_t hexDigit(uint value)
{
    return char16_t(value < 10 ? u'0' + value : u'a' + value - 10);
}

bool needsEscape(char16_t c)
{
    return c < 0x20 || c == u'"' || c == u'\\' || QChar::isSurrogate(c);
}

} // namespace

void JsonStreamWriter::element(QStringView key)
{
    if (m_counts.isEmpty())
        return;
    if (m_counts.last()++ > 0)
        m_out->append(u",\n");
    indent();
    if (!key.isNull()) {
        m_out->append(u'"');
        appendEscaped(m_out, key);
        m_out->append(u"\": ");
    }
}

void JsonStreamWriter::indent()
{
    m_out->resize(m_out->size() + 4 * m_counts.size(), u' ');
}

void JsonStreamWriter::close(QChar bracket)
{
    const qsizetype count = m_counts.last();
    m_counts.removeLast();
    if (count > 0)
        m_out->append(u'\n');
    indent();
    m_out->append(bracket);
}

void JsonStreamWriter::beginObject(QStringView key)
{
    element(key);
    m_out->append(u"{\n");
    m_counts.append(0);
}

void JsonStreamWriter::endObject()
{
    close(u'}');
}

void JsonStreamWriter::beginArray(QStringView key)
{
    element(key);
    m_out->append(u"[\n");
    m_counts.append(0);
}

void JsonStreamWriter::endArray()
{
    close(u']');
}

void JsonStreamWriter::write(QStringView key, const QString &value)
{
    element(key);
    m_out->append(u'"');
    appendEscaped(m_out, value);
    m_out->append(u'"');
}

void JsonStreamWriter::write(QStringView key, qint64 value)
{
    element(key);
    m_out->append(QString::number(value));
}

void JsonStreamWriter::write(QStringView key, bool value)
{
    element(key);
    m_out->append(value ? u"true" : u"false");
}

void JsonStreamWriter::endDocument()
{
    m_out->append(u'\n');
}

void JsonStreamWriter::appendEscaped(QString *out, QStringView text)
{
    const char16_t *begin = text.utf16();
    const char16_t *end = begin + text.size();
    const char16_t *clean = begin; // start of the run not yet appended
    for (const char16_t *p = begin; p != end; ++p) {
        const char16_t c = *p;
        if (!needsEscape(c))
            continue;
        // A well-formed surrogate pair is plain UTF-8 to QJsonDocument; a lone half is escaped.
        if (QChar::isHighSurrogate(c) && p + 1 != end && QChar::isLowSurrogate(p[1])) {
            ++p;
            continue;
        }
        out->append(QStringView(clean, p));
        clean = p + 1;
        switch (c) {
        case u'"': out->append(u"\\\""); break;
        case u'\\': out->append(u"\\\\"); break;
        case u'\b': out->append(u"\\b"); break;
        case u'\f': out->append(u"\\f"); break;
        case u'\n': out->append(u"\\n"); break;
        case u'\r': out->append(u"\\r"); break;
        case u'\t': out->append(u"\\t"); break;
        default: {
            const char16_t escape[] = {u'\\', u'u', hexDigit(c >> 12 & 0xf), hexDigit(c >> 8 & 0xf),
                                       hexDigit(c >> 4 & 0xf), hexDigit(c & 0xf)};
            out->append(QStringView(escape, 6));
        }
        }
    }
    out->append(QStringView(clean, end));
}
