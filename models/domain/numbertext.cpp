#include "domain/numbertext.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Parcours::NumberText {

QString keepNumbersWhole(const QString &text)
{
    // A space between a digit and a group of exactly three digits: a thousands separator.
    static const QRegularExpression groupSpace(uR"((?<=\d)[ \x{00A0}](?=\d{3}(?!\d)))"_s);
    // A space between a number and a percent or per-mille sign.
    static const QRegularExpression signSpace(uR"((?<=\d)[ \x{202F}](?=[%‰]))"_s);
    QString result = text;
    result.replace(groupSpace, u"\u202F"_s);
    result.replace(signSpace, u"\u00A0"_s);
    return result;
}

QString toHtml(const QString &text)
{
    QString html = keepNumbersWhole(text).toHtmlEscaped();
    html.replace(u'\u202F', u'\u00A0');
    return html;
}

} // namespace Parcours::NumberText
