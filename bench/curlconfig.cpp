#include "bench/curlconfig.h"

#include <QFile>

void CurlConfig::addGlobal(const QByteArray &line)
{
    m_globals += line + '\n';
}

void CurlConfig::addRequest(const RequestSigner::Signed &request, const QString &output)
{
    // Options after "next" start a new request; the globals stay in force across them.
    if (m_count++ > 0)
        m_requests += "next\n";
    m_requests += "url = " + quoted(request.wireUrl.toEncoded()) + '\n';
    for (const auto &header : request.headers) {
        // curl writes Host from the URL, as Qt does, and it was signed that way.
        if (header.first.toLower() != "host")
            m_requests += "header = " + quoted(header.first + ": " + header.second) + '\n';
    }
    m_requests += "output = " + quoted(QFile::encodeName(output)) + '\n';
}

bool CurlConfig::write(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(m_globals + m_requests) == m_globals.size() + m_requests.size();
}

QByteArray CurlConfig::quoted(const QByteArray &value)
{
    QByteArray escaped = value;
    escaped.replace('\\', "\\\\").replace('"', "\\\"");
    return '"' + escaped + '"';
}
