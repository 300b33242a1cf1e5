#pragma once

#include <QByteArrayView>
#include <QLatin1StringView>
#include <QStringView>

#include <memory>

// UTF-8 text built in one buffer that keeps its memory, for output written in large chunks (the
// CLI prints lists of 100,000 images): pieces are written straight into reserved bytes, with no
// QString, temporary or conversion per piece. UTF-16 is encoded as QTextStream encodes it, a
// lone surrogate as U+FFFD, so text printed through a QTextStream before comes out the same.
// Each piece is encoded on its own: a surrogate pair split over two pieces is two lone halves.
class Utf8Buffer
{
public:
    // Room for n more bytes: write at most n from the pointer returned, then commit() the end.
    char *reserve(qsizetype n)
    {
        if (m_capacity - m_size < n)
            grow(n);
        return m_data.get() + m_size;
    }
    void commit(char *end) { m_size = end - m_data.get(); }

    void append(char c) { *reserve(1) = c; ++m_size; }
    // Text the program spells itself (names, punctuation): copied as it is.
    void appendAscii(QLatin1StringView ascii);
    void append(QStringView text);
    void append(qint64 number);

    QByteArrayView bytes() const { return {m_data.get(), m_size}; }
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    // Empties the buffer; its memory stays for the next chunk.
    void clear() { m_size = 0; }

    // Writes the UTF-8 of text from out on and returns its end: at most 3 bytes a UTF-16 unit.
    static char *encode(char *out, QStringView text);
    // Writes number in decimal from out on and returns its end: at most 20 bytes.
    static char *encode(char *out, qint64 number);

private:
    void grow(qsizetype n);

    std::unique_ptr<char[]> m_data;
    qsizetype m_size = 0;
    qsizetype m_capacity = 0;
};
