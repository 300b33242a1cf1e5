#include "app/net/transferrate.h"

#include <QTest>

class TestTransferRate : public QObject
{
    Q_OBJECT

private slots:
    void unknownUntilTimeHasPassed()
    {
        TransferRate rate;
        QCOMPARE(rate.bytesPerSecond(), 0.0);
        rate.add(1000, 0);
        QCOMPARE(rate.bytesPerSecond(), 0.0);
        rate.add(1050, 5000);
        QCOMPARE(rate.bytesPerSecond(), 0.0); // 50 ms say nothing yet
        rate.add(1200, 20000);
        QCOMPARE(rate.bytesPerSecond(), 100000.0);
    }

    void followsTheLastSecondsOnly()
    {
        TransferRate rate;
        // 1 MB/s for ten seconds, reported every 10 ms, then 4 MB/s for five.
        qint64 bytes = 0;
        qint64 now = 0;
        for (; now <= 10000; now += 10, bytes += 10000)
            rate.add(now, bytes);
        QVERIFY(qAbs(rate.bytesPerSecond() - 1e6) < 1e4);
        for (; now <= 15000; now += 10, bytes += 40000)
            rate.add(now, bytes);
        QVERIFY2(qAbs(rate.bytesPerSecond() - 4e6) < 4e4, QByteArray::number(rate.bytesPerSecond()));
    }
};

QTEST_APPLESS_MAIN(TestTransferRate)
#include "tst_transferrate.moc"
