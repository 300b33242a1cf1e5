// The CPU one listed image costs the CLI once its page has arrived, stage by stage: the JSON
// document and the schema-checked ImageInfo rows as lists were read before, the direct reader
// that replaced both, and printing them as CSV and as JSON. Pages are
// the sandbox's own answers (compact JSON of 200 rows). Prints a table; not a test.
// Usage: bench_imagepage [pages, default 500] [runs, default 3]
#include "app/api/imagepagereader.h"
#include "app/api/listswrimagerepositoryresponse.h"
#include "cli/imageprinter.h"
#include "sandbox/imageregistry.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

namespace {

constexpr int kPageSize = 200;

// Least process CPU of `runs` runs, in milliseconds (the work runs in this one thread).
double leastMs(int runs, const std::function<void()> &work)
{
    double best = -1;
    for (int n = 0; n < runs; ++n) {
        const std::clock_t start = std::clock();
        work();
        const double ms = double(std::clock() - start) * 1000.0 / CLOCKS_PER_SEC;
        best = best < 0 ? ms : std::min(best, ms);
    }
    return best;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int pageCount = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 500;
    const int runs = argc > 2 ? std::max(1, QString::fromLocal8Bit(argv[2]).toInt()) : 3;

    const qint64 epochMs = 1767225600000;
    ImageRegistry registry(pageCount * kPageSize, 7, epochMs, ImageRegistry::Timing());
    QList<QByteArray> bodies;
    for (int page = 0; page < pageCount; ++page) {
        ListSwrImageRepositoryResponse response;
        response.totalNum = registry.size();
        for (int row = 0; row < kPageSize; ++row)
            response.images.append(registry.image(page * kPageSize + row, epochMs));
        bodies.append(QJsonDocument(response.toJson()).toJson(QJsonDocument::Compact));
    }
    QList<QJsonObject> documents;
    QList<ListSwrImageRepositoryResponse> pages;
    const double parseMs = leastMs(runs, [&] {
        documents.clear();
        for (const QByteArray &body : std::as_const(bodies))
            documents.append(QJsonDocument::fromJson(body).object());
    });
    const double readMs = leastMs(runs, [&] {
        pages.clear();
        FieldErrors errors;
        for (const QJsonObject &document : std::as_const(documents))
            pages.append(ListSwrImageRepositoryResponse::fromJson(document, &errors));
        if (!errors.isEmpty())
            std::fprintf(stderr, "unexpected: %s %s\n", qPrintable(errors.first().field),
                         qPrintable(errors.first().message));
    });
    // What a list reply does now: the page straight from its bytes, checked to the same rows.
    const double directMs = leastMs(runs, [&] {
        pages.clear();
        for (const QByteArray &body : std::as_const(bodies)) {
            std::optional<ListSwrImageRepositoryResponse> page = ImagePageReader::read(body);
            if (!page) {
                std::fprintf(stderr, "unexpected: the direct reader refused a sandbox page\n");
                return;
            }
            pages.append(std::move(*page));
        }
    });
    const auto printMs = [&](ImagePrinter::Format format) {
        return leastMs(runs, [&] {
            QFile sink(QStringLiteral("/dev/null"));
            sink.open(QIODevice::WriteOnly);
            ImagePrinter printer(&sink, format);
            for (const ListSwrImageRepositoryResponse &page : std::as_const(pages))
                printer.add(page.images);
            printer.finish(registry.size());
        });
    };
    const double csvMs = printMs(ImagePrinter::Format::Csv);
    const double jsonMs = printMs(ImagePrinter::Format::Json);

    const double rows = double(pageCount) * kPageSize;
    std::printf("%d pages of %d rows, best of %d runs\n", pageCount, kPageSize, runs);
    std::printf("| %-28s | %9s | %11s |\n", "stage", "total (ms)", "per row (us)");
    std::printf("|------------------------------|------------|--------------|\n");
    const auto line = [&](const char *stage, double ms) {
        std::printf("| %-28s | %10.1f | %12.2f |\n", stage, ms, ms * 1000.0 / rows);
    };
    line("QJsonDocument::fromJson", parseMs);
    line("ListSwrImageRepositoryResponse", readMs);
    line("both, as lists were read", parseMs + readMs);
    line("ImagePageReader (now)", directMs);
    line("print csv", csvMs);
    line("print json", jsonMs);
    return 0;
}
