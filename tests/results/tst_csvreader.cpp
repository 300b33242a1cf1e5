#include "app/results/csvreader.h"

#include <QTest>

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
};

using Rows = QList<QStringList>;

static Rows rows(std::initializer_list<std::initializer_list<const char *>> cells)
{
    Rows result;
    for (const auto &row : cells) {
        QStringList r;
        for (const char *cell : row)
            r.append(QString::fromUtf8(cell));
        result.append(r);
    }
    return result;
}

void TestCsvReader::parses_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Rows>("expected");

    QTest::newRow("plain") << QByteArray("a,b,c\n1,2,3\n") << rows({{"a", "b", "c"}, {"1", "2", "3"}});
    QTest::newRow("no final newline") << QByteArray("a,b\n1,2") << rows({{"a", "b"}, {"1", "2"}});
    QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n") << rows({{"a", "b"}, {"1", "2"}});
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBFimage,tag\nnginx,1\n") << rows({{"image", "tag"}, {"nginx", "1"}});
    QTest::newRow("quoted comma") << QByteArray("\"a,b\",c\n") << rows({{"a,b", "c"}});
    QTest::newRow("doubled quotes") << QByteArray("\"say \"\"hi\"\"\",x\n") << rows({{"say \"hi\"", "x"}});
    QTest::newRow("newline in quotes") << QByteArray("\"line1\nline2\",b\r\nc,d\n")
                                       << rows({{"line1\nline2", "b"}, {"c", "d"}});
    QTest::newRow("crlf in quotes") << QByteArray("\"x\r\ny\",z\n") << rows({{"x\r\ny", "z"}});
    QTest::newRow("empty fields") << QByteArray(",,\n") << rows({{"", "", ""}});
    QTest::newRow("empty last field") << QByteArray("a,\n") << rows({{"a", ""}});
    QTest::newRow("quoted empty") << QByteArray("\"\"\n") << rows({{""}});
    QTest::newRow("blank lines skipped") << QByteArray("a\n\n\nb\n") << rows({{"a"}, {"b"}});
    QTest::newRow("utf8") << QByteArray("镜像,基线\n") << rows({{"镜像", "基线"}});
    QTest::newRow("empty input") << QByteArray() << Rows();
    QTest::newRow("quote inside unquoted field kept") << QByteArray("ab\"c,d\n") << rows({{"ab\"c", "d"}});
}

void TestCsvReader::parses()
{
    QFETCH(QByteArray, input);
    QFETCH(Rows, expected);
    QCOMPARE(CsvReader::parse(input), expected);
}

QTEST_APPLESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
