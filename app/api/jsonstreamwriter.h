#pragma once

#include <QLatin1StringView>
#include <QString>
#include <QStringView>
#include <QVarLengthArray>

#include <QtGlobal>

class Utf8Buffer;

// Writes JSON as it goes, in exactly the layout of QJsonDocument::toJson(Indented): four
// spaces per level, "key": value, the same string escapes and integer form. The caller emits
// keys in sorted order, as QJsonObject keeps them. Output is appended as UTF-8 to a buffer the
// caller drains whenever it likes, so a list of any length is written in constant memory.
class JsonStreamWriter
{
public:
    explicit JsonStreamWriter(Utf8Buffer *out) : m_out(out) {}

    // Keys are the API's field names: plain ASCII, copied without escaping.
    void beginObject(QLatin1StringView key = {});
    void endObject();
    void beginArray(QLatin1StringView key = {});
    void endArray();
    void write(QLatin1StringView key, const QString &value);
    void write(QLatin1StringView key, qint64 value);
    void write(QLatin1StringView key, bool value);
    // Closes the document with the newline toJson() ends with.
    void endDocument();

private:
    void element(QLatin1StringView key);
    void close(char bracket);

    Utf8Buffer *m_out;
    // One entry per open container: how many elements it has so far.
    QVarLengthArray<qsizetype, 8> m_counts;
};
