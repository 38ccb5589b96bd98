// The events reader that parses on a second thread (formats/eventreadahead.h) gives what the
// serial reader gives, record for record, bad row for bad row, over files of many batches:
// the import's figures depend on the order of the records (users are numbered as they come).
// And the file's fingerprint, hashed with the processor's SHA instructions where it has them
// (formats/eventfingerprint.h), is Qt's SHA-256 (a re-import is recognised by it).
#include "formats/eventfingerprint.h"
#include "formats/eventreader.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

using namespace Parcours;
using namespace Qt::StringLiterals;

namespace {

// What next() gave: kind, line, fields or the error.
struct Seen
{
    EventReader::Next kind;
    qint64 line;
    QByteArray fields; // user|event|persona|msecs|count|month, or the error
    bool operator==(const Seen &other) const
    {
        return kind == other.kind && line == other.line && fields == other.fields;
    }
};

std::vector<Seen> readAll(const QString &path, EventReader::Threads threads)
{
    EventInput input;
    if (!input.open(path))
        return {{EventReader::Next::End, 0, u"cannot open: %1"_s.arg(input.error()).toUtf8()}};
    QString error;
    std::unique_ptr<EventReader> reader = EventReader::open(input, &error, threads);
    if (!reader)
        return {{EventReader::Next::End, 0, error.toUtf8()}};
    std::vector<Seen> seen;
    EventRecord record;
    // The two-thread reader numbers users and event names in order of first appearance.
    QHash<QByteArray, int> users, events;
    const auto numbered = [](QHash<QByteArray, int> &numbers, QByteArrayView key) {
        const QByteArray bytes = key.toByteArray();
        auto found = numbers.constFind(bytes);
        if (found == numbers.cend())
            found = numbers.insert(bytes, int(numbers.size()));
        return *found;
    };
    for (;;) {
        const EventReader::Next next = reader->next(&record);
        if (next == EventReader::Next::End) {
            seen.push_back({next, 0, (reader->error() + input.fingerprint()).toUtf8()});
            return seen;
        }
        if (next == EventReader::Next::BadRow) {
            seen.push_back({next, reader->lineNumber(), reader->error().toUtf8()});
            continue;
        }
        if (threads == EventReader::Threads::Two
            && (record.userInFile != numbered(users, record.user)
                || record.eventInFile != numbered(events, record.event))) {
            seen.push_back({next, reader->lineNumber(), "numbered wrong"});
            continue;
        }
        QByteArray fields;
        fields.reserve(record.user.size() + record.event.size() + record.persona.size() + 40);
        fields.append(record.user).append('|').append(record.event).append('|');
        fields.append(record.persona).append('|').append(QByteArray::number(record.msecs));
        fields.append('|').append(QByteArray::number(record.count)).append('|');
        fields.append(QByteArray::number(record.month.toJulianDay()));
        seen.push_back({next, reader->lineNumber(), fields});
    }
}

// 40,000 lines (three batches of the second thread): quoted fields, blank lines, a bad
// timestamp now and then, and a last line without its line break.
QByteArray eventsCsv()
{
    static QByteArray made;
    if (!made.isEmpty())
        return made;
    QByteArray &lines = made;
    lines.reserve(40000 * 40);
    lines += "user_id,event,timestamp,persona\n";
    for (int i = 0; i < 40000; ++i) {
        if (i % 9973 == 0)
            lines += "\n";
        if (i % 7919 == 0)
            lines += "u" + QByteArray::number(i) + ",open,not a time,Owner\n";
        else if (i % 13 == 0)
            lines += "\"u" + QByteArray::number(i % 700) + "\",\"a,b\",2026-03-0"
                + QByteArray::number(i % 9 + 1) + "T10:00:00Z,\"Owner\"\n";
        else
            lines += "u" + QByteArray::number(i % 700) + ",e" + QByteArray::number(i % 31) + ","
                + QByteArray::number(1767225600 + i * 61) + ",Accountant\n";
    }
    lines += "u1,last,2026-12-31";
    return lines;
}

QByteArray gzipped(const QByteArray &bytes)
{
    z_stream stream {};
    deflateInit2(&stream, Z_BEST_SPEED, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&stream, uLong(bytes.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(bytes.constData()));
    stream.avail_in = uInt(bytes.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    deflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return out;
}

QString writeTemp(QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace

class TestEventReadAhead : public QObject
{
    Q_OBJECT

private slots:
    void sameAsSerial_data();
    void sameAsSerial();
    void stopsEarly();
    void fingerprintIsSha256();
};

void TestEventReadAhead::sameAsSerial_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("name");
    QTest::newRow("events CSV") << eventsCsv() << u"events.csv"_s;
    QTest::newRow("gzip, truncated") << gzipped(eventsCsv()).chopped(100) << u"events.csv.gz"_s;
    QByteArray json;
    json.reserve(20000 * 90);
    for (int i = 0; i < 20000; ++i) {
        json += i % 4999 == 0 ? QByteArray("{\"event_type\": 3}\n")
                              : "{\"event_type\": \"e" + QByteArray::number(i % 5)
                + "\", \"user_id\": \"u" + QByteArray::number(i % 300)
                + "\", \"event_time\": \"2026-02-01 10:00:00.000000\"}\n";
    }
    QTest::newRow("Amplitude JSON lines") << json << u"events.json"_s;
    QByteArray counts = "user_id,persona,event,month,count\n";
    counts.reserve(20000 * 30);
    for (int i = 0; i < 20000; ++i) {
        counts += "u" + QByteArray::number(i) + ",Owner,e,2026-0" + QByteArray::number(i % 9 + 1)
            + "," + (i % 4999 == 0 ? QByteArray("x") : QByteArray::number(i % 7)) + "\n";
    }
    QTest::newRow("usage counts") << counts << u"counts.csv"_s;
}

void TestEventReadAhead::sameAsSerial()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, name);
    QTemporaryDir dir;
    const QString path = writeTemp(dir, name, content);
    const std::vector<Seen> serial = readAll(path, EventReader::Threads::One);
    const std::vector<Seen> twoThreads = readAll(path, EventReader::Threads::Two);
    QVERIFY(serial.size() > 16384);
    QVERIFY(std::count_if(serial.begin(), serial.end(),
                          [](const Seen &s) { return s.kind == EventReader::Next::BadRow; })
            >= 2);
    QCOMPARE(twoThreads.size(), serial.size());
    const auto differ = std::mismatch(serial.begin(), serial.end(), twoThreads.begin());
    if (differ.first != serial.end()) {
        QCOMPARE(differ.second->line, differ.first->line);
        QCOMPARE(differ.second->fields, differ.first->fields);
        QFAIL("the kinds differ");
    }
}

// A reader dropped before the end (a cancelled import) stops its thread.
void TestEventReadAhead::stopsEarly()
{
    QTemporaryDir dir;
    const QString path = writeTemp(dir, u"events.csv"_s, eventsCsv());
    for (int records : {0, 1, 20000}) {
        EventInput input;
        QVERIFY(input.open(path));
        QString error;
        std::unique_ptr<EventReader> reader
            = EventReader::open(input, &error, EventReader::Threads::Two);
        QVERIFY(reader);
        EventRecord record;
        for (int i = 0; i < records; ++i)
            QVERIFY(reader->next(&record) != EventReader::Next::End);
        reader.reset();
        QVERIFY(input.bytesRead() > 0);
    }
}

void TestEventReadAhead::fingerprintIsSha256()
{
    qInfo("SHA instructions: %s", EventFingerprint::usesShaInstructions() ? "yes" : "no");
    QRandomGenerator random(22);
    QByteArray bytes(300000, Qt::Uninitialized);
    for (char &c : bytes)
        c = char(random.bounded(256));
    // Every length around the padding's edges (55, 56, 64 …), given in two pieces.
    for (qsizetype length = 0; length < 300; ++length) {
        for (const qsizetype split : {0, 1, 55, 63, 64, 65, 128}) {
            if (split > length)
                continue;
            const QByteArrayView whole = QByteArrayView(bytes).first(length);
            EventFingerprint fingerprint;
            fingerprint.addData(whole.first(split));
            fingerprint.addData(whole.sliced(split));
            QCOMPARE(fingerprint.resultHex(),
                     QCryptographicHash::hash(whole, QCryptographicHash::Sha256).toHex());
        }
    }
    // Many blocks, in pieces that are not whole blocks (as a file's reads and gzip's output).
    EventFingerprint fingerprint;
    for (qsizetype at = 0; at < bytes.size(); at += 9973)
        fingerprint.addData(
            QByteArrayView(bytes).sliced(at).first(std::min<qsizetype>(9973, bytes.size() - at)));
    QCOMPARE(fingerprint.resultHex(),
             QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    // The known digest of "abc" (FIPS 180-4's example).
    EventFingerprint abc;
    abc.addData("abc");
    QCOMPARE(abc.resultHex(),
             QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

QTEST_GUILESS_MAIN(TestEventReadAhead)
#include "tst_eventreadahead.moc"
