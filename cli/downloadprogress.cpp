#include "cli/downloadprogress.h"

#include "app/net/hssreply.h"
#include "cli/clicontext.h"

#include <QLocale>

namespace {

// Erases from the cursor to the end of the line, so a shorter line leaves nothing behind.
constexpr char kClearToEnd[] = "\x1b[K";

} // namespace

DownloadProgress::DownloadProgress(CliContext &context, HssReply *reply)
    : m_context(context)
{
    m_clock.start();
    if (context.interactive())
        QObject::connect(reply, &HssReply::downloadProgress, reply,
                         [this](qint64 received, qint64 total) { update(received, total); });
}

DownloadProgress::~DownloadProgress()
{
    if (m_shown)
        m_context.err() << '\r' << kClearToEnd << Qt::flush;
}

void DownloadProgress::update(qint64 received, qint64 total)
{
    const qint64 now = m_clock.elapsed();
    m_rate.add(now, received);
    if (now - m_shownAtMs < EveryMs)
        return;
    m_shownAtMs = now;
    m_shown = true;
    const QLocale locale;
    const QString speed = locale.formattedDataSize(qint64(m_rate.bytesPerSecond()));
    const QString text = total > 0
        ? tr("downloaded %1 of %2, %3/s")
              .arg(locale.formattedDataSize(received), locale.formattedDataSize(total), speed)
        : tr("downloaded %1, %2/s").arg(locale.formattedDataSize(received), speed);
    m_context.err() << '\r' << text << kClearToEnd << Qt::flush;
}
