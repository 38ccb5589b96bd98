#include "formats/usecasetext.h"

#include "formats/messageexcerpt.h"

#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Parcours {

using MessageText::excerpt;

namespace {

QString tr(const char *text)
{
    return UseCaseTextMessages::tr(text);
}

} // namespace

namespace UseCaseText {

bool parseWeight(const QString &input, std::optional<double> *weight, QString *error)
{
    QString text = input.trimmed();
    if (text.isEmpty()) {
        weight->reset();
        return true;
    }
    text.replace(u',', u'.'); // decimal comma of French spreadsheets
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value)) {
        *error = tr("weight \"%1\" is not a number").arg(excerpt(input.trimmed()));
        return false;
    }
    if (value < 0) {
        *error = tr("weight %1 is negative").arg(excerpt(input.trimmed()));
        return false;
    }
    *weight = value;
    return true;
}

bool parseStatus(const QString &input, UseCaseStatus *status, QString *error)
{
    const QString text = input.trimmed().toLower();
    if (text.isEmpty() || text == u"current" || text == u"actuel" || text == u"actuelle") {
        *status = UseCaseStatus::Current;
        return true;
    }
    if (text == u"planned" || text == u"prévu" || text == u"prévue" || text == u"prevu"
        || text == u"planifié") {
        *status = UseCaseStatus::Planned;
        return true;
    }
    *error = tr("status \"%1\" is neither current nor planned").arg(excerpt(input.trimmed()));
    return false;
}

bool parseFrequency(const QString &text, UsageFrequency *frequency, QString *error)
{
    if (text.trimmed().isEmpty()) {
        *frequency = UsageFrequency();
        return true;
    }
    const UsageFrequency::ParseResult parsed = UsageFrequency::parse(text);
    if (!parsed.frequency) {
        *error = tr("frequency: %1").arg(MessageText::withExcerpt(parsed.error, text));
        return false;
    }
    *frequency = *parsed.frequency;
    return true;
}

QString formatWeight(const std::optional<double> &weight)
{
    return weight ? QString::number(*weight, 'g', QLocale::FloatingPointShortest) : QString();
}

QStringList fields(const UseCase &u)
{
    return {u.problem,
            u.useCase,
            u.whyBetter,
            u.alternative,
            u.frequency.toExactString(),
            formatWeight(u.weight),
            statusKey(u.status),
            u.notes};
}

UseCase fromFields(const QStringList &fields, QStringList *problems)
{
    UseCase u;
    auto at = [&fields](int i) {
        return i < fields.size() ? fields.at(i) : QString();
    };
    u.problem = at(0);
    u.useCase = at(1);
    u.whyBetter = at(2);
    u.alternative = at(3);
    QString error;
    if (!parseFrequency(at(4), &u.frequency, &error))
        problems->append(error);
    if (!parseWeight(at(5), &u.weight, &error))
        problems->append(error);
    if (!parseStatus(at(6), &u.status, &error))
        problems->append(error);
    u.notes = at(7);
    u.events = parseEvents(at(8));
    return u;
}

QString formatEvents(const QStringList &events)
{
    return events.join(u" | "_s);
}

QStringList parseEvents(const QString &text)
{
    QStringList events;
    const QStringList names = text.split(u'|');
    for (const QString &name : names) {
        if (!name.trimmed().isEmpty())
            events.append(name.trimmed());
    }
    return events;
}

} // namespace UseCaseText

} // namespace Parcours
