#include "app/base/utf8buffer.h"

#include <QChar>

#include <algorithm>
#include <charconv>
#include <cstring>

void Utf8Buffer::grow(qsizetype n)
{
    const qsizetype capacity = std::max({qsizetype(4096), 2 * m_capacity, m_size + n});
    auto data = std::make_unique<char[]>(size_t(capacity));
    if (m_size > 0)
        std::memcpy(data.get(), m_data.get(), size_t(m_size));
    m_data = std::move(data);
    m_capacity = capacity;
}

void Utf8Buffer::appendAscii(QLatin1StringView ascii)
{
    char *out = reserve(ascii.size());
    commit(std::copy_n(ascii.data(), ascii.size(), out));
}

void Utf8Buffer::append(QStringView text)
{
    commit(encode(reserve(3 * text.size()), text));
}

void Utf8Buffer::append(qint64 number)
{
    commit(encode(reserve(20), number));
}

char *Utf8Buffer::encode(char *out, QStringView text)
{
    const char16_t *p = text.utf16();
    const char16_t *const end = p + text.size();
    while (p != end) {
        const char16_t c = *p++;
        if (c < 0x80) {
            *out++ = char(c);
        } else if (c < 0x800) {
            *out++ = char(0xc0 | c >> 6);
            *out++ = char(0x80 | (c & 0x3f));
        } else if (!QChar::isSurrogate(c)) {
            *out++ = char(0xe0 | c >> 12);
            *out++ = char(0x80 | (c >> 6 & 0x3f));
            *out++ = char(0x80 | (c & 0x3f));
        } else if (QChar::isHighSurrogate(c) && p != end && QChar::isLowSurrogate(*p)) {
            const char32_t u = QChar::surrogateToUcs4(c, *p++);
            *out++ = char(0xf0 | u >> 18);
            *out++ = char(0x80 | (u >> 12 & 0x3f));
            *out++ = char(0x80 | (u >> 6 & 0x3f));
            *out++ = char(0x80 | (u & 0x3f));
        } else {
            // U+FFFD, as QTextStream's encoder writes for half a pair.
            *out++ = char(0xef);
            *out++ = char(0xbf);
            *out++ = char(0xbd);
        }
    }
    return out;
}

char *Utf8Buffer::encode(char *out, qint64 number)
{
    return std::to_chars(out, out + 20, number).ptr;
}
