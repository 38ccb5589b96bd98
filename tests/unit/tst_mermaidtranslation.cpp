#include "formats/mermaidformat.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace Parcours;
using namespace Qt::StringLiterals;

// Mermaid import messages in French with the compiled catalogue the application embeds
// (parcours_resources, :/i18n), installed as app/language.cpp does: the runtime looks each
// message up under the context lupdate filed it under.
class TestMermaidTranslation : public QObject
{
    Q_OBJECT

    QTranslator mTranslator;

    static QStringList warningsOf(const QByteArray &text)
    {
        ImportOptions options;
        options.fileName = u"j.mmd"_s;
        const ImportResult in = MermaidFormat().read(text, options);
        if (!in.errors.isEmpty())
            qWarning("%s", qPrintable(in.errors.join(u'\n')));
        return in.warnings;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(mTranslator.load(u"parcours_fr"_s, u":/i18n"_s));
        QVERIFY(QCoreApplication::installTranslator(&mTranslator));
    }

    void taskWarningsAreFrench()
    {
        // Read by the task-line parser, a free function.
        QCOMPARE(warningsOf("journey\nsection Buy\n  Pay: 6: Me\n"),
                 QStringList {u"j.mmd:3: warning: la note 6 est hors de 1…5\u00a0; importée "
                              u"comme 5"_s});
    }

    void diagramWarningsAreFrench()
    {
        // Read by the diagram reader, a class of its own.
        QCOMPARE(warningsOf("journey\ntitle\nsection Buy\n  Pay: 5: Me\n"),
                 QStringList {u"j.mmd:2: warning: un titre sans texte est ignoré"_s});
    }

    void errorsAreFrench()
    {
        ImportOptions options;
        options.fileName = u"j.mmd"_s;
        const ImportResult in = MermaidFormat().read("journey\nsection Buy\n  Pay\n", options);
        QCOMPARE(in.errors.size(), 1);
        QVERIFY2(in.errors.front().startsWith(u"j.mmd:3: impossible de lire"_s),
                 qPrintable(in.errors.front()));
    }
};

QTEST_GUILESS_MAIN(TestMermaidTranslation)
#include "tst_mermaidtranslation.moc"
