#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

// The French translation is complete: every string of the committed parcours_fr.ts is
// translated, and so is every tr() string in the sources today (lupdate is run on a copy).
// On failure the message names the strings; to fix it:
//   cmake --build build --target update_translations
//   linguist resources/translations/parcours_fr.ts
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void committedFileIsComplete();
    void everySourceStringIsTranslated();
    void placeholdersAreKept();
    void acceleratorsAreKept();

private:
    struct Message
    {
        QString context;
        QString source;
        QStringList translations; // one, or one per plural form
        bool unfinished = false;
        QString label() const { return context + u": \""_s + source + u'"'; }
    };
    static QList<Message> read(const QString &path, QString *error);
    static QString problems(const QList<Message> &messages);

    QList<Message> mCommitted;
};

QList<TestTranslations::Message> TestTranslations::read(const QString &path, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + u": "_s + file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    bool skip = false;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"name") {
                context = xml.readElementText();
            } else if (name == u"message") {
                message = Message();
                message.context = context;
                numerus = xml.attributes().value(u"numerus"_s) == u"yes";
            } else if (name == u"source") {
                message.source = xml.readElementText();
            } else if (name == u"translation") {
                const auto type = xml.attributes().value(u"type"_s);
                // Strings no longer in the sources are not shown: they need no translation.
                skip = type == u"vanished" || type == u"obsolete";
                message.unfinished = type == u"unfinished";
                if (!numerus) // else the plural forms follow as <numerusform> elements
                    message.translations << xml.readElementText();
            } else if (name == u"numerusform") {
                message.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            if (!skip)
                messages << message;
            message = Message();
            skip = false;
        }
    }
    if (xml.hasError())
        *error = u"%1:%2: %3"_s.arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

QString TestTranslations::problems(const QList<Message> &messages)
{
    QStringList lines;
    for (const Message &m : messages) {
        const bool empty = m.translations.isEmpty()
            || std::any_of(m.translations.cbegin(), m.translations.cend(),
                           [](const QString &t) { return t.trimmed().isEmpty(); });
        if (m.unfinished || empty)
            lines << (m.unfinished ? u"  unfinished "_s : u"  empty      "_s) + m.label();
    }
    return lines.join(u'\n');
}

void TestTranslations::initTestCase()
{
    QString error;
    mCommitted = read(QStringLiteral(PARCOURS_TS_FILE), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(mCommitted.size() > 100, "parcours_fr.ts holds too few strings");
}

void TestTranslations::committedFileIsComplete()
{
    const QString list = problems(mCommitted);
    QVERIFY2(list.isEmpty(),
             qPrintable(u"French strings to translate in parcours_fr.ts:\n"_s + list));
}

void TestTranslations::everySourceStringIsTranslated()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(u"parcours_fr.ts"_s);
    QVERIFY(QFile::copy(QStringLiteral(PARCOURS_TS_FILE), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.start(QStringLiteral(PARCOURS_LUPDATE),
                  {u"-locations"_s, u"none"_s, u"-no-obsolete"_s,
                   u"@"_s + QStringLiteral(PARCOURS_LUPDATE_LIST), u"-ts"_s, copy});
    QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

    QString error;
    const QList<Message> current = read(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString list = problems(current);
    QVERIFY2(list.isEmpty(),
             qPrintable(u"Strings in the sources without a French translation (run the "
                        "update_translations target, then translate them in "
                        "resources/translations/parcours_fr.ts):\n"_s
                        + list));
}

void TestTranslations::placeholdersAreKept()
{
    static const QRegularExpression placeholder(u"%L?(\\d+|n)"_s);
    auto placeholders = [](const QString &text) {
        QStringList found;
        for (auto it = placeholder.globalMatch(text); it.hasNext();)
            found << it.next().captured(1);
        found.sort();
        found.removeDuplicates();
        return found;
    };
    QStringList wrong;
    for (const Message &m : std::as_const(mCommitted)) {
        const QStringList expected = placeholders(m.source);
        for (const QString &t : m.translations) {
            if (!t.isEmpty() && placeholders(t) != expected)
                wrong << u"  "_s + m.label() + u" -> \""_s + t + u'"';
        }
    }
    QVERIFY2(wrong.isEmpty(),
             qPrintable(u"Translations that lose or add a %1-style placeholder:\n"_s
                        + wrong.join(u'\n')));
}

void TestTranslations::acceleratorsAreKept()
{
    // "&File" needs an accelerator in French too; "&&" is a literal ampersand.
    auto hasAccelerator = [](QString text) {
        text.remove(u"&&"_s);
        const qsizetype at = text.indexOf(u'&');
        return at >= 0 && at + 1 < text.size() && !text.at(at + 1).isSpace();
    };
    QStringList wrong;
    for (const Message &m : std::as_const(mCommitted)) {
        if (m.source.contains(u'<') || !hasAccelerator(m.source))
            continue; // rich text uses entities, not accelerators
        for (const QString &t : m.translations) {
            if (!hasAccelerator(t))
                wrong << u"  "_s + m.label() + u" -> \""_s + t + u'"';
        }
    }
    QVERIFY2(
        wrong.isEmpty(),
        qPrintable(u"Translations without a keyboard accelerator (&):\n"_s + wrong.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
