#pragma once

#include <QByteArray>
#include <QIODevice>

// The body of a billed call (scan, export, sync) as a stream Qt can read once and never
// rewind. Qt's HTTP layer silently resends a buffered body when a connection dies before the
// answer; with this device (and DoNotBufferUploadDataAttribute) it reports an error instead,
// so the call reaches the server at most once.
class OneShotBody : public QIODevice
{
    Q_OBJECT

public:
    explicit OneShotBody(const QByteArray &data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QByteArray m_data;
    qint64 m_offset = 0;
};
