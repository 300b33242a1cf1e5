#pragma once

#include "app/net/requestsigner.h"

#include <QByteArray>
#include <QString>

// A curl config file (curl --config) holding requests exactly as the client signs them, so
// curl sends byte for byte what the CLI sends: the reference the benchmarks compare against.
class CurlConfig
{
public:
    // Settings for every request, e.g. "parallel" or "parallel-max = 4".
    void addGlobal(const QByteArray &line);
    // One request: its URL and signed headers, its body written to output.
    void addRequest(const RequestSigner::Signed &request, const QString &output);
    bool write(const QString &path) const;

private:
    static QByteArray quoted(const QByteArray &value);

    QByteArray m_globals;
    QByteArray m_requests;
    int m_count = 0;
};
