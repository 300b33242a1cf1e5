#pragma once

#include <QString>
#include <QStringView>
#include <QVarLengthArray>

#include <QtGlobal>

// Writes JSON as it goes, in exactly the layout of QJsonDocument::toJson(Indented): four
// spaces per level, "key": value, the same string escapes and integer form. The caller emits
// keys in sorted order, as QJsonObject keeps them. Output is appended to a QString the caller
// drains whenever it likes, so a list of any length is written in constant memory.
class JsonStreamWriter
{
public:
    explicit JsonStreamWriter(QString *out) : m_out(out) {}

    void beginObject(QStringView key = {});
    void endObject();
    void beginArray(QStringView key = {});
    void endArray();
    void write(QStringView key, const QString &value);
    void write(QStringView key, qint64 value);
    void write(QStringView key, bool value);
    // Closes the document with the newline toJson() ends with.
    void endDocument();

    static void appendEscaped(QString *out, QStringView text);

private:
    void element(QStringView key);
    void close(QChar bracket);
    void indent();

    QString *m_out;
    // One entry per open container: how many elements it has so far.
    QVarLengthArray<qsizetype, 8> m_counts;
};
