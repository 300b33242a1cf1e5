#include "app/base/safetext.h"

#include <QTest>

// What reaches a terminal or a spreadsheet from the service.
class TestSafeText : public QObject
{
    Q_OBJECT

private slots:
    void terminalControlsBecomeVisible_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("shown");
        QTest::newRow("plain") << QStringLiteral("nginx 1.25 安全") << QStringLiteral("nginx 1.25 安全");
        QTest::newRow("title") << QStringLiteral("\x1b]0;pwned\x07") << QStringLiteral("\\x1b]0;pwned\\x07");
        QTest::newRow("clear") << QStringLiteral("\x1b[2J") << QStringLiteral("\\x1b[2J");
        QTest::newRow("line break") << QStringLiteral("a\r\nb") << QStringLiteral("a\\x0d\\x0ab");
        QTest::newRow("C1 CSI") << QString(QChar(0x9b)) + QStringLiteral("2J") << QStringLiteral("\\x9b2J");
        QTest::newRow("DEL") << QString(QChar(0x7f)) << QStringLiteral("\\x7f");
        QTest::newRow("RLO") << QStringLiteral("gpj") + QChar(0x202e) + QStringLiteral(".exe")
                             << QStringLiteral("gpj\\u202e.exe");
        QTest::newRow("isolate") << QString(QChar(0x2066)) << QStringLiteral("\\u2066");
    }

    void terminalControlsBecomeVisible()
    {
        QFETCH(QString, input);
        QFETCH(QString, shown);
        QCOMPARE(SafeText::forTerminal(input), shown);
        QCOMPARE(SafeText::forTerminal(input.toUtf8()), shown.toUtf8());
    }

    void lineBreaksCanBeKept()
    {
        QCOMPARE(SafeText::forTerminal(QStringLiteral("{\n\t\"a\": \"\x1b[2J\"\r\n}"), SafeText::LineBreaks::Keep),
                 QStringLiteral("{\n\t\"a\": \"\\x1b[2J\"\\x0d\n}"));
    }

    // Printers skip forTerminal() and forSpreadsheetCell() for text no unit of which they change.
    void theUnitChecksAgreeWithTheRewrites()
    {
        for (uint unit = 0; unit <= 0xffff; ++unit) {
            const char16_t c = char16_t(unit);
            const QString text = QStringLiteral("a") + QChar(c) + QStringLiteral("b");
            for (const auto lineBreaks : {SafeText::LineBreaks::Escape, SafeText::LineBreaks::Keep})
                QVERIFY2(SafeText::escapesForTerminal(c, lineBreaks)
                             == (SafeText::forTerminal(text, lineBreaks) != text),
                         qPrintable(QString::number(unit, 16)));
            const QString cell = QString(QChar(c)) + QStringLiteral("b");
            QVERIFY2(SafeText::startsFormula(c) == (SafeText::forSpreadsheetCell(cell) != cell),
                     qPrintable(QString::number(unit, 16)));
        }
    }

    void spreadsheetFormulasAreDefused_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("safe");
        QTest::newRow("equals") << QStringLiteral("=HYPERLINK(\"http://x\")") << QStringLiteral("'=HYPERLINK(\"http://x\")");
        QTest::newRow("plus") << QStringLiteral("+1+cmd") << QStringLiteral("'+1+cmd");
        QTest::newRow("minus") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::newRow("cr") << QStringLiteral("\r=1") << QStringLiteral("'\r=1");
        QTest::newRow("plain") << QStringLiteral("nginx=1") << QStringLiteral("nginx=1");
        QTest::newRow("empty") << QString() << QString();
    }

    void spreadsheetFormulasAreDefused()
    {
        QFETCH(QString, cell);
        QFETCH(QString, safe);
        QCOMPARE(SafeText::forSpreadsheetCell(cell), safe);
    }
};

QTEST_APPLESS_MAIN(TestSafeText)
#include "tst_safetext.moc"
