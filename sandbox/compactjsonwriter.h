#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QStringView>

#include <QtGlobal>

// Appends JSON as UTF-8 to a QByteArray in exactly the bytes QJsonDocument::toJson(Compact)
// writes for the same document: no spaces, the same string escapes (a lone surrogate becomes
// \uXXXX) and integer form. The caller emits each object's keys in sorted order, as QJsonObject
// keeps them, and leaves out what toJson() would leave out. Keys are plain ASCII that needs no
// escape. List pages are most of what the sandbox serialises, and building them as QJsonObject
// first costs several times more than writing the bytes.
class CompactJsonWriter
{
public:
    explicit CompactJsonWriter(QByteArray *out) : m_out(out) {}

    void beginObject(QLatin1StringView key = {});
    void endObject();
    void beginArray(QLatin1StringView key = {});
    void endArray();
    void write(QLatin1StringView key, QStringView value);
    void write(QLatin1StringView key, qint64 value);
    void write(QLatin1StringView key, bool value);
    // Strings that are empty are not written, as JsonValue::put() leaves them out.
    void writeIfSet(QLatin1StringView key, QStringView value);

private:
    // Room for the separator, the key and up to valueBytes of value; returns where the value
    // goes. done() then cuts the array to what was written. One resize per element: appending
    // piece by piece costs more than the bytes themselves.
    char *element(QLatin1StringView key, qsizetype valueBytes);
    void done(const char *cursor);

    QByteArray *m_out;
    bool m_comma = false; // whether the container open now has an element already
};
