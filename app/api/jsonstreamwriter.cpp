#include "app/api/jsonstreamwriter.h"

#include "app/base/utf8buffer.h"

#include <algorithm>

namespace {

char hexDigit(uint value)
{
    return char(value < 10 ? '0' + value : 'a' + value - 10);
}

bool needsEscape(char16_t c)
{
    return c < 0x20 || c == u'"' || c == u'\\' || QChar::isSurrogate(c);
}

// text as a JSON string, quotes included, from out on; at most 6 bytes a unit and the quotes.
char *writeString(char *out, QStringView text)
{
    const char16_t *begin = text.utf16();
    const char16_t *end = begin + text.size();
    const char16_t *clean = begin; // start of the run not yet written
    *out++ = '"';
    for (const char16_t *p = begin; p != end; ++p) {
        const char16_t c = *p;
        if (!needsEscape(c))
            continue;
        // A well-formed surrogate pair is plain UTF-8 to QJsonDocument; a lone half is escaped.
        if (QChar::isHighSurrogate(c) && p + 1 != end && QChar::isLowSurrogate(p[1])) {
            ++p;
            continue;
        }
        out = Utf8Buffer::encode(out, QStringView(clean, p));
        clean = p + 1;
        *out++ = '\\';
        switch (c) {
        case u'"': *out++ = '"'; break;
        case u'\\': *out++ = '\\'; break;
        case u'\b': *out++ = 'b'; break;
        case u'\f': *out++ = 'f'; break;
        case u'\n': *out++ = 'n'; break;
        case u'\r': *out++ = 'r'; break;
        case u'\t': *out++ = 't'; break;
        default:
            *out++ = 'u';
            for (const int shift : {12, 8, 4, 0})
                *out++ = hexDigit(c >> shift & 0xf);
        }
    }
    out = Utf8Buffer::encode(out, QStringView(clean, end));
    *out++ = '"';
    return out;
}

} // namespace

void JsonStreamWriter::element(QLatin1StringView key)
{
    if (m_counts.isEmpty())
        return;
    const qsizetype indent = 4 * m_counts.size();
    char *out = m_out->reserve(2 + indent + key.size() + 4);
    if (m_counts.last()++ > 0) {
        *out++ = ',';
        *out++ = '\n';
    }
    out = std::fill_n(out, indent, ' ');
    if (!key.isNull()) {
        *out++ = '"';
        out = std::copy_n(key.data(), key.size(), out);
        *out++ = '"';
        *out++ = ':';
        *out++ = ' ';
    }
    m_out->commit(out);
}

void JsonStreamWriter::close(char bracket)
{
    const qsizetype count = m_counts.last();
    m_counts.removeLast();
    const qsizetype indent = 4 * m_counts.size();
    char *out = m_out->reserve(1 + indent + 1);
    if (count > 0)
        *out++ = '\n';
    out = std::fill_n(out, indent, ' ');
    *out++ = bracket;
    m_out->commit(out);
}

void JsonStreamWriter::beginObject(QLatin1StringView key)
{
    element(key);
    m_out->appendAscii(QLatin1StringView("{\n"));
    m_counts.append(0);
}

void JsonStreamWriter::endObject()
{
    close('}');
}

void JsonStreamWriter::beginArray(QLatin1StringView key)
{
    element(key);
    m_out->appendAscii(QLatin1StringView("[\n"));
    m_counts.append(0);
}

void JsonStreamWriter::endArray()
{
    close(']');
}

void JsonStreamWriter::write(QLatin1StringView key, const QString &value)
{
    element(key);
    m_out->commit(writeString(m_out->reserve(6 * value.size() + 2), value));
}

void JsonStreamWriter::write(QLatin1StringView key, qint64 value)
{
    element(key);
    m_out->append(value);
}

void JsonStreamWriter::write(QLatin1StringView key, bool value)
{
    element(key);
    m_out->appendAscii(value ? QLatin1StringView("true") : QLatin1StringView("false"));
}

void JsonStreamWriter::endDocument()
{
    m_out->append('\n');
}
