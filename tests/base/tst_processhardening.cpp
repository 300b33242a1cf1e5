#include "app/base/processhardening.h"

#include <QTest>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#include <sys/resource.h>
#endif

class TestProcessHardening : public QObject
{
    Q_OBJECT

private slots:
    void coreDumpsAreOff()
    {
        QVERIFY(ProcessHardening::disableCoreDumps());
#ifdef Q_OS_LINUX
        rlimit limit{};
        QCOMPARE(getrlimit(RLIMIT_CORE, &limit), 0);
        QCOMPARE(limit.rlim_cur, rlim_t(0));
        QCOMPARE(prctl(PR_GET_DUMPABLE), 0);
#endif
    }
};

QTEST_GUILESS_MAIN(TestProcessHardening)
#include "tst_processhardening.moc"
