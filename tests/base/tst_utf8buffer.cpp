#include "app/base/utf8buffer.h"

#include <QBuffer>
#include <QTest>
#include <QTextStream>

#include <limits>

// Bytes built piece by piece are what a QTextStream on a device wrote for the same text.
class TestUtf8Buffer : public QObject
{
    Q_OBJECT

private:
    static QByteArray throughTextStream(const QString &text)
    {
        QBuffer device;
        device.open(QIODevice::WriteOnly);
        QTextStream(&device) << text;
        return device.data();
    }

private slots:
    void textIsEncodedAsQTextStreamEncodesIt_data()
    {
        QTest::addColumn<QString>("text");
        const QChar high(0xd83d);
        const QChar low(0xde00);
        QTest::newRow("empty") << QString();
        QTest::newRow("ascii") << QStringLiteral("nginx:1.25 \t\n\x01\x7f");
        QTest::newRow("two bytes") << QStringLiteral("é ß \u0080 \u07ff");
        QTest::newRow("three bytes") << QStringLiteral("团队 \u0800 \u202e \ufeff \uffff");
        QTest::newRow("pair") << QString::fromUcs4(U"\U0001F600 \U00010000 \U0010FFFF");
        QTest::newRow("lone high") << QStringLiteral("a") + high + QStringLiteral("b");
        QTest::newRow("lone low") << QStringLiteral("a") + low + QStringLiteral("b");
        QTest::newRow("reversed") << QString(low) + high + QStringLiteral(".");
        QTest::newRow("high then pair") << QString(high) + high + low + QStringLiteral(".");
        QTest::newRow("long") << QString::fromUcs4(U"a\u00e9\u4e2d\U0001F600").repeated(10000);
    }

    void textIsEncodedAsQTextStreamEncodesIt()
    {
        QFETCH(QString, text);
        Utf8Buffer buffer;
        buffer.append(text);
        QCOMPARE(buffer.bytes().toByteArray(), throughTextStream(text));
        QVERIFY(buffer.size() <= 3 * text.size());
    }

    void numbersAreWrittenAsQStringNumberWritesThem()
    {
        Utf8Buffer buffer;
        QString expected;
        for (const qint64 n : {qint64(0), qint64(7), qint64(-7), qint64(1767225600000),
                               std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::min()}) {
            buffer.append(n);
            buffer.append(' ');
            expected += QString::number(n) + QLatin1Char(' ');
        }
        QCOMPARE(buffer.bytes().toByteArray(), expected.toLatin1());
    }

    void piecesFollowEachOtherAcrossGrowth()
    {
        Utf8Buffer buffer;
        QByteArray expected;
        for (int n = 0; n < 20000; ++n) {
            buffer.appendAscii(QLatin1StringView("row "));
            buffer.append(qint64(n));
            buffer.append(QStringLiteral(" 团"));
            char *out = buffer.reserve(2);
            *out++ = ';';
            buffer.commit(out);
            buffer.append('\n');
            expected += "row " + QByteArray::number(n) + " \xe5\x9b\xa2;\n";
        }
        QCOMPARE(buffer.size(), expected.size());
        QCOMPARE(buffer.bytes().toByteArray(), expected);
    }

    void clearingKeepsWritingFromTheStart()
    {
        Utf8Buffer buffer;
        buffer.append(QString(100000, QLatin1Char('x')));
        buffer.clear();
        QVERIFY(buffer.isEmpty());
        buffer.append(QStringLiteral("next"));
        QCOMPARE(buffer.bytes().toByteArray(), QByteArray("next"));
    }
};

QTEST_APPLESS_MAIN(TestUtf8Buffer)
#include "tst_utf8buffer.moc"
