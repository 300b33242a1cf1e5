#include "sandbox/compactjsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <limits>

namespace {

using L = QLatin1StringView;

QString units(std::initializer_list<char16_t> list)
{
    return QString(reinterpret_cast<const QChar *>(list.begin()), qsizetype(list.size()));
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray compact(const QJsonArray &a)
{
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

} // namespace

// The writer against QJsonDocument::toJson(Compact) on the same document, byte for byte.
class TestCompactJsonWriter : public QObject
{
    Q_OBJECT

private slots:
    void hostileStrings_data();
    void hostileStrings();
    void everyUtf16Unit();
    void integers();
    void nestingAndEmptyContainers();
    void writeIfSetLeavesOutEmptyStrings();
};

void TestCompactJsonWriter::hostileStrings_data()
{
    QTest::addColumn<QString>("text");
    QString controls;
    for (char16_t c = 0; c < 0x20; ++c)
        controls.append(QChar(c));
    QTest::newRow("empty") << QString();
    QTest::newRow("empty, not null") << QStringLiteral("");
    QTest::newRow("quotes") << QStringLiteral("\"quoted\" \"\"");
    QTest::newRow("backslashes") << QStringLiteral("C:\\path\\\\ \\\" \\u0041 \\n");
    QTest::newRow("slash") << QStringLiteral("</script> a/b");
    QTest::newRow("controls") << controls;
    QTest::newRow("NUL inside") << units({u'a', 0, u'b'});
    QTest::newRow("DEL") << units({0x7f, u'x'});
    QTest::newRow("latin-1") << QStringLiteral("café ß ÿ ¡");
    QTest::newRow("two-byte edges") << units({0x80, 0x7ff});
    QTest::newRow("three-byte edges") << units({0x800, 0xd7ff, 0xe000, 0xfffd, 0xfffe, 0xffff});
    QTest::newRow("chinese namespace") << QStringLiteral("团队-c");
    QTest::newRow("line separators") << units({0x2028, 0x2029, 0x85});
    QTest::newRow("byte order mark") << units({0xfeff, u'a'});
    QTest::newRow("emoji") << QStringLiteral("image 😀 🐳 👩‍💻 🇨🇳");
    QTest::newRow("highest code point") << units({0xdbff, 0xdfff});
    QTest::newRow("lone high surrogate") << units({u'a', 0xd83d, u'b'});
    QTest::newRow("lone high surrogate at the end") << units({u'a', 0xd83d});
    QTest::newRow("lone low surrogate") << units({0xde00, u'a'});
    QTest::newRow("pair reversed") << units({0xde00, 0xd83d});
    QTest::newRow("two highs, then a low") << units({0xd83d, 0xd83d, 0xde00});
    QTest::newRow("everything") << QStringLiteral("\"\\\b\f\n\r\t\x01 é 团 😀 ") + units({0xd800})
            + QStringLiteral("\"");
    QTest::newRow("long") << QStringLiteral("ab\"c😀").repeated(5000);
}

void TestCompactJsonWriter::hostileStrings()
{
    QFETCH(QString, text);
    QByteArray bytes;
    CompactJsonWriter w(&bytes);
    w.beginObject();
    w.write(L("key"), text);
    w.beginArray(L("list"));
    w.write(L(), text);
    w.write(L(), text);
    w.endArray();
    w.endObject();
    const QByteArray expected =
        compact(QJsonObject{{QStringLiteral("key"), text}, {QStringLiteral("list"), QJsonArray{text, text}}});
    QCOMPARE(bytes, expected);
    // And it reads back as the same text, where that is valid UTF-16 (Qt's parser drops a
    // byte order mark inside a string, so that one is left out too).
    if (text.isValidUtf16() && !text.contains(QChar(0xfeff)))
        QCOMPARE(QJsonDocument::fromJson(bytes).object().value(QStringLiteral("key")).toString(), text);
}

void TestCompactJsonWriter::everyUtf16Unit()
{
    // Each unit alone (every surrogate is then lone), and all of them in one string.
    QByteArray bytes;
    CompactJsonWriter w(&bytes);
    QJsonArray expected;
    QString all;
    w.beginArray();
    for (uint u = 0; u <= 0xffff; ++u) {
        const QString one{QChar(char16_t(u))};
        w.write(L(), one);
        expected.append(one);
        all.append(one);
    }
    w.write(L(), all);
    expected.append(all);
    w.endArray();
    QCOMPARE(bytes, compact(expected));
}

void TestCompactJsonWriter::integers()
{
    const qint64 values[] = {0,
                             1,
                             -1,
                             10001,
                             1767225600000LL,
                             (qint64(1) << 53) + 1,
                             -(qint64(1) << 53) - 1,
                             std::numeric_limits<qint64>::max(),
                             std::numeric_limits<qint64>::min()};
    QByteArray bytes;
    CompactJsonWriter w(&bytes);
    QJsonArray expected;
    w.beginArray();
    for (const qint64 value : values) {
        w.write(L(), value);
        expected.append(value);
    }
    w.write(L(), true);
    w.write(L(), false);
    expected.append(true);
    expected.append(false);
    w.endArray();
    QCOMPARE(bytes, compact(expected));
}

void TestCompactJsonWriter::nestingAndEmptyContainers()
{
    QByteArray bytes;
    CompactJsonWriter w(&bytes);
    w.beginObject();
    w.beginArray(L("a"));
    w.beginObject();
    w.endObject();
    w.beginArray();
    w.endArray();
    w.beginObject();
    w.beginArray(L("inner"));
    w.endArray();
    w.write(L("n"), qint64(7));
    w.endObject();
    w.endArray();
    w.beginObject(L("b"));
    w.endObject();
    w.write(L("c"), false);
    w.endObject();
    const QJsonObject expected{
        {QStringLiteral("a"),
         QJsonArray{QJsonObject(), QJsonArray(),
                    QJsonObject{{QStringLiteral("inner"), QJsonArray()}, {QStringLiteral("n"), 7}}}},
        {QStringLiteral("b"), QJsonObject()},
        {QStringLiteral("c"), false}};
    QCOMPARE(bytes, compact(expected));
    QCOMPARE(bytes, QByteArray(R"({"a":[{},[],{"inner":[],"n":7}],"b":{},"c":false})"));
}

void TestCompactJsonWriter::writeIfSetLeavesOutEmptyStrings()
{
    QByteArray bytes;
    CompactJsonWriter w(&bytes);
    w.beginObject();
    w.writeIfSet(L("a"), QString());
    w.writeIfSet(L("b"), QStringLiteral(""));
    w.writeIfSet(L("c"), QStringLiteral(" "));
    w.writeIfSet(L("d"), QString());
    w.endObject();
    QCOMPARE(bytes, QByteArray(R"({"c":" "})"));
}

QTEST_GUILESS_MAIN(TestCompactJsonWriter)
#include "tst_compactjsonwriter.moc"
