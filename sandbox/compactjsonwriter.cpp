#include "sandbox/compactjsonwriter.h"

#include <QChar>

#include <algorithm>
#include <charconv>
#include <utility>

namespace {

char hexDigit(uint value)
{
    return char(value < 10 ? '0' + value : 'a' + value - 10);
}

char *escapeUnit(char *cursor, char16_t unit)
{
    *cursor++ = '\\';
    *cursor++ = 'u';
    *cursor++ = hexDigit(unit >> 12 & 0xf);
    *cursor++ = hexDigit(unit >> 8 & 0xf);
    *cursor++ = hexDigit(unit >> 4 & 0xf);
    *cursor++ = hexDigit(unit & 0xf);
    return cursor;
}

} // namespace

char *CompactJsonWriter::element(QLatin1StringView key, qsizetype valueBytes)
{
    const qsizetype at = m_out->size();
    m_out->resize(at + 1 + (key.isNull() ? 0 : key.size() + 3) + valueBytes);
    char *cursor = m_out->data() + at;
    if (std::exchange(m_comma, true))
        *cursor++ = ',';
    if (!key.isNull()) {
        *cursor++ = '"';
        cursor = std::copy(key.begin(), key.end(), cursor);
        *cursor++ = '"';
        *cursor++ = ':';
    }
    return cursor;
}

void CompactJsonWriter::done(const char *cursor)
{
    m_out->resize(cursor - m_out->constData());
}

void CompactJsonWriter::beginObject(QLatin1StringView key)
{
    char *cursor = element(key, 1);
    *cursor++ = '{';
    done(cursor);
    m_comma = false;
}

void CompactJsonWriter::endObject()
{
    m_out->append('}');
    m_comma = true;
}

void CompactJsonWriter::beginArray(QLatin1StringView key)
{
    char *cursor = element(key, 1);
    *cursor++ = '[';
    done(cursor);
    m_comma = false;
}

void CompactJsonWriter::endArray()
{
    m_out->append(']');
    m_comma = true;
}

void CompactJsonWriter::write(QLatin1StringView key, qint64 value)
{
    constexpr int digits = 20; // with the sign
    char *cursor = element(key, digits);
    done(std::to_chars(cursor, cursor + digits, value).ptr);
}

void CompactJsonWriter::write(QLatin1StringView key, bool value)
{
    const QLatin1StringView text = value ? QLatin1StringView("true") : QLatin1StringView("false");
    char *cursor = element(key, text.size());
    done(std::copy(text.begin(), text.end(), cursor));
}

void CompactJsonWriter::writeIfSet(QLatin1StringView key, QStringView value)
{
    if (!value.isEmpty())
        write(key, value);
}

void CompactJsonWriter::write(QLatin1StringView key, QStringView text)
{
    // At most six bytes per UTF-16 unit (\uXXXX, or four for a pair), and the quotes.
    char *cursor = element(key, 6 * text.size() + 2);
    *cursor++ = '"';
    const char16_t *p = text.utf16();
    const char16_t *const end = p + text.size();
    while (p != end) {
        const char16_t u = *p++;
        if (u < 0x80) {
            if (u >= 0x20 && u != u'"' && u != u'\\') {
                *cursor++ = char(u);
                continue;
            }
            *cursor++ = '\\';
            switch (u) {
            case u'"': *cursor++ = '"'; break;
            case u'\\': *cursor++ = '\\'; break;
            case u'\b': *cursor++ = 'b'; break;
            case u'\f': *cursor++ = 'f'; break;
            case u'\n': *cursor++ = 'n'; break;
            case u'\r': *cursor++ = 'r'; break;
            case u'\t': *cursor++ = 't'; break;
            default:
                *cursor++ = 'u';
                *cursor++ = '0';
                *cursor++ = '0';
                *cursor++ = hexDigit(u >> 4);
                *cursor++ = hexDigit(u & 0xf);
            }
        } else if (u < 0x800) {
            *cursor++ = char(0xc0 | u >> 6);
            *cursor++ = char(0x80 | (u & 0x3f));
        } else if (!QChar::isSurrogate(u)) {
            *cursor++ = char(0xe0 | u >> 12);
            *cursor++ = char(0x80 | (u >> 6 & 0x3f));
            *cursor++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && p != end && QChar::isLowSurrogate(*p)) {
            const char32_t c = QChar::surrogateToUcs4(u, *p++);
            *cursor++ = char(0xf0 | c >> 18);
            *cursor++ = char(0x80 | (c >> 12 & 0x3f));
            *cursor++ = char(0x80 | (c >> 6 & 0x3f));
            *cursor++ = char(0x80 | (c & 0x3f));
        } else {
            // Not UTF-16 that UTF-8 can carry: escaped, the way QJsonDocument does it.
            cursor = escapeUnit(cursor, u);
        }
    }
    *cursor++ = '"';
    done(cursor);
}
