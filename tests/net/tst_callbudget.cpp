#include "app/net/callbudget.h"

#include <QTest>

// The budget on a fake clock: every wait is computed, none is slept.
class TestCallBudget : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_now = 1000000; }
    void rateParsesAndPrints_data();
    void rateParsesAndPrints();
    void badRatesAreRefused_data();
    void badRatesAreRefused();
    void firstCallGoesAtOnce();
    void documentedSpacesCallsOfOneOperation();
    void operationsHaveBucketsOfTheirOwn();
    void aWaitedSlotIsFreeAgainLater();
    void unlimitedNeverWaits();
    void neverMoreThanTheRateInAnyWindow();
    void releasedLastSlotIsGivenBack();
    void releasedEarlierSlotIsKept();
    void throttlingHonoursRetryAfterAndSlowsDown();
    void slowdownIsBoundedAndWearsOff();
    void throttledUnlimitedOperationIsSpacedToo();
    void newRateForgetsBookings();

private:
    CallBudget budget(const CallRate &rate)
    {
        return CallBudget(rate, [this] { return m_now; });
    }
    static qint64 documentedInterval()
    {
        return 12000 * (100 + CallBudget::SpacingMarginPercent) / 100;
    }

    qint64 m_now = 0;
};

void TestCallBudget::rateParsesAndPrints_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<qint64>("interval");
    QTest::newRow("documented") << "documented" << "documented" << qint64(12000);
    QTest::newRow("upper case") << " Documented " << "documented" << qint64(12000);
    QTest::newRow("unlimited") << "unlimited" << "unlimited" << qint64(0);
    QTest::newRow("per minute") << "30/min" << "30/min" << qint64(2000);
    QTest::newRow("per second") << "5/s" << "5/s" << qint64(200);
    QTest::newRow("rounded up") << "7/min" << "7/min" << qint64(8572);
}

void TestCallBudget::rateParsesAndPrints()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    QFETCH(qint64, interval);
    const std::optional<CallRate> rate = CallRate::parse(text);
    QVERIFY(rate);
    QCOMPARE(rate->toString(), canonical);
    QCOMPARE(rate->intervalMs(), interval);
    QCOMPARE(CallRate::parse(rate->toString()), rate);
    QVERIFY(!rate->displayText().isEmpty());
}

void TestCallBudget::badRatesAreRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("zero") << "0/min";
    QTest::newRow("negative") << "-3/min";
    QTest::newRow("no unit") << "30";
    QTest::newRow("hours") << "30/h";
    QTest::newRow("too many") << "100001/s";
    QTest::newRow("word") << "fast";
}

void TestCallBudget::badRatesAreRefused()
{
    QFETCH(QString, text);
    QString error;
    QVERIFY(!CallRate::parse(text, &error));
    QVERIFY(!error.isEmpty());
}

void TestCallBudget::firstCallGoesAtOnce()
{
    CallBudget b = budget(CallRate::documented());
    QCOMPARE(b.waitMs("ListSwrImageRepository"), 0);
    QCOMPARE(b.reserve("ListSwrImageRepository").waitMs, 0);
}

void TestCallBudget::documentedSpacesCallsOfOneOperation()
{
    CallBudget b = budget(CallRate::documented());
    QCOMPARE(b.reserve("ListSwrImageRepository").waitMs, 0);
    QCOMPARE(b.reserve("ListSwrImageRepository").waitMs, documentedInterval());
    QCOMPARE(b.reserve("ListSwrImageRepository").waitMs, 2 * documentedInterval());
    QCOMPARE(b.waitMs("ListSwrImageRepository"), 3 * documentedInterval());
    m_now += 5000;
    QCOMPARE(b.waitMs("ListSwrImageRepository"), 3 * documentedInterval() - 5000);
}

void TestCallBudget::operationsHaveBucketsOfTheirOwn()
{
    CallBudget b = budget(CallRate::documented());
    QCOMPARE(b.reserve("ListSwrImageRepository").waitMs, 0);
    QCOMPARE(b.reserve("ListQueryExportTask").waitMs, 0);
    QCOMPARE(b.reserve("ListQueryExportTask").waitMs, documentedInterval());
    QCOMPARE(b.waitMs("ListSwrImageRepository"), documentedInterval());
}

void TestCallBudget::aWaitedSlotIsFreeAgainLater()
{
    CallBudget b = budget(*CallRate::parse(QStringLiteral("30/min")));
    QCOMPARE(b.reserve("Op").waitMs, 0);
    m_now += 10000; // much longer than the interval: no debt, no burst either
    QCOMPARE(b.reserve("Op").waitMs, 0);
    QVERIFY(b.reserve("Op").waitMs > 0);
}

void TestCallBudget::unlimitedNeverWaits()
{
    CallBudget b = budget(CallRate::unlimited());
    for (int i = 0; i < 1000; ++i)
        QCOMPARE(b.reserve("Op").waitMs, 0);
}

void TestCallBudget::neverMoreThanTheRateInAnyWindow()
{
    // 5 a second: in every window of one second at most 5 slots, however callers ask.
    CallBudget b = budget(*CallRate::parse(QStringLiteral("5/s")));
    QList<qint64> booked;
    for (int i = 0; i < 200; ++i) {
        booked.append(b.reserve("Op").atMs);
        m_now += (i * 37) % 150; // callers arrive irregularly, often faster than the rate
    }
    for (int i = 0; i < booked.size(); ++i) {
        int inWindow = 0;
        for (const qint64 at : std::as_const(booked))
            inWindow += at > booked.at(i) - 1000 && at <= booked.at(i);
        QVERIFY2(inWindow <= 5, qPrintable(QString::number(inWindow)));
    }
}

void TestCallBudget::releasedLastSlotIsGivenBack()
{
    CallBudget b = budget(CallRate::documented());
    b.reserve("Op");
    const CallBudget::Slot second = b.reserve("Op");
    b.release("Op", second);
    QCOMPARE(b.waitMs("Op"), second.waitMs);
    QCOMPARE(b.reserve("Op").waitMs, second.waitMs);
}

void TestCallBudget::releasedEarlierSlotIsKept()
{
    CallBudget b = budget(CallRate::documented());
    b.reserve("Op");
    const CallBudget::Slot second = b.reserve("Op");
    b.reserve("Op");
    b.release("Op", second); // a later booking depends on it: nothing moves
    QCOMPARE(b.waitMs("Op"), 3 * documentedInterval());
}

void TestCallBudget::throttlingHonoursRetryAfterAndSlowsDown()
{
    CallBudget b = budget(*CallRate::parse(QStringLiteral("60/min")));
    const qint64 interval = b.intervalMs("Op");
    QCOMPARE(interval, 1100); // at least 100 ms of margin
    b.reserve("Op");
    b.throttled("Op", 5000);
    QCOMPARE(b.slowdown("Op"), 2);
    QCOMPARE(b.waitMs("Op"), 5000);
    QCOMPARE(b.reserve("Op").waitMs, 5000);
    QCOMPARE(b.reserve("Op").waitMs, 5000 + 2 * interval);
    QCOMPARE(b.waitMs("Other"), 0); // only the throttled operation slows down
}

void TestCallBudget::slowdownIsBoundedAndWearsOff()
{
    CallBudget b = budget(*CallRate::parse(QStringLiteral("60/min")));
    for (int i = 0; i < 10; ++i)
        b.throttled("Op", 1000);
    QCOMPARE(b.slowdown("Op"), CallBudget::MaxSlowdown);
    m_now += 1000 + CallBudget::SlowdownHoldMs;
    QCOMPARE(b.slowdown("Op"), 1);
    QCOMPARE(b.intervalMs("Op"), 1100);
}

void TestCallBudget::throttledUnlimitedOperationIsSpacedToo()
{
    CallBudget b = budget(CallRate::unlimited());
    b.throttled("Op", 2000);
    QCOMPARE(b.reserve("Op").waitMs, 2000);
    QCOMPARE(b.reserve("Op").waitMs, 2000 + 2 * CallBudget::ThrottledBaseIntervalMs);
}

void TestCallBudget::newRateForgetsBookings()
{
    CallBudget b = budget(CallRate::documented());
    b.reserve("Op");
    b.reserve("Op");
    b.setRate(CallRate::unlimited());
    QCOMPARE(b.reserve("Op").waitMs, 0);
}

QTEST_GUILESS_MAIN(TestCallBudget)
#include "tst_callbudget.moc"
