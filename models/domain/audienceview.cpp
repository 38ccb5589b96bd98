#include "domain/audienceview.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>
#include <tuple>

using namespace Qt::StringLiterals;

namespace Parcours {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Parcours", text); // lupdate: the namespace
}

QJsonArray idsToJson(const QList<Id> &ids)
{
    QJsonArray array;
    for (Id id : ids)
        array.append(double(id));
    return array;
}

// An id written as a JSON number: a whole number from 1 to 2^53.
std::optional<Id> idFromJson(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (d < 1 || d > 9007199254740992.0 || std::floor(d) != d)
        return std::nullopt;
    return Id(d);
}

std::optional<QList<Id>> idsFromJson(const QJsonValue &value)
{
    if (value.isUndefined())
        return QList<Id>();
    if (!value.isArray())
        return std::nullopt;
    QList<Id> ids;
    for (const auto &item : value.toArray()) {
        const auto id = idFromJson(item);
        if (!id)
            return std::nullopt;
        ids.append(*id);
    }
    return ids;
}

bool failWith(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}

bool readView(const QJsonValue &value, int index, AudienceView *view, QString *error)
{
    const QString where = u"views[%1]"_s.arg(index);
    if (!value.isObject())
        return failWith(error, tr("%1: not an object").arg(where));
    const QJsonObject o = value.toObject();
    const auto id = idFromJson(o.value(u"id"_s));
    if (!id)
        return failWith(error, tr("%1.id: not a whole number from 1 to 2^53").arg(where));
    view->id = *id;
    view->name = o.value(u"name"_s).toString().trimmed();
    if (view->name.isEmpty())
        return failWith(error, tr("%1.name: a view needs a name").arg(where));
    const auto lanes = idsFromJson(o.value(u"lanes"_s));
    const auto curves = idsFromJson(o.value(u"curves"_s));
    if (!lanes || !curves)
        return failWith(error, tr("%1: lanes and curves are lists of ids").arg(where));
    view->lanes = *lanes;
    view->curvePersonas = *curves;
    view->zoom = o.value(u"zoom"_s).toDouble(1.0);
    if (!(view->zoom >= minViewZoom && view->zoom <= maxViewZoom))
        return failWith(error,
                        tr("%1.zoom: takes %2 to %3").arg(where).arg(minViewZoom).arg(maxViewZoom));
    const std::pair<QString, Id *> bounds[]
        = {{u"first_stage"_s, &view->firstStage}, {u"last_stage"_s, &view->lastStage}};
    for (const auto &[key, bound] : bounds) {
        const QJsonValue stage = o.value(key);
        if (stage.isUndefined())
            continue;
        const auto stageId = idFromJson(stage);
        if (!stageId)
            return failWith(error, tr("%1.%2: not a stage id").arg(where, key));
        *bound = *stageId;
    }
    return true;
}

} // namespace

bool AudienceView::operator==(const AudienceView &o) const
{
    return std::tie(id, name, lanes, curvePersonas, zoom, firstStage, lastStage)
        == std::tie(o.id, o.name, o.lanes, o.curvePersonas, o.zoom, o.firstStage, o.lastStage);
}

QJsonArray audienceViewsToJson(const std::vector<AudienceView> &views)
{
    QJsonArray array;
    for (const AudienceView &view : views) {
        QJsonObject o {{u"id"_s, double(view.id)},
                       {u"name"_s, view.name},
                       {u"lanes"_s, idsToJson(view.lanes)},
                       {u"curves"_s, idsToJson(view.curvePersonas)},
                       {u"zoom"_s, view.zoom}};
        if (view.firstStage)
            o.insert(u"first_stage"_s, double(view.firstStage));
        if (view.lastStage)
            o.insert(u"last_stage"_s, double(view.lastStage));
        array.append(o);
    }
    return array;
}

std::optional<std::vector<AudienceView>> audienceViewsFromJson(const QJsonArray &array,
                                                               QString *error)
{
    std::vector<AudienceView> views;
    QSet<QString> names;
    QSet<Id> ids;
    for (qsizetype i = 0; i < array.size(); ++i) {
        AudienceView view;
        if (!readView(array.at(i), int(i), &view, error))
            return std::nullopt;
        if (names.contains(view.name)) {
            failWith(error,
                     tr("views[%1].name: another view is named \"%2\"").arg(i).arg(view.name));
            return std::nullopt;
        }
        if (ids.contains(view.id)) {
            failWith(error, tr("views[%1].id: another view has the id %2").arg(i).arg(view.id));
            return std::nullopt;
        }
        names.insert(view.name);
        ids.insert(view.id);
        views.push_back(std::move(view));
    }
    return views;
}

QString audienceViewsKey(const std::vector<AudienceView> &views)
{
    if (views.empty())
        return {};
    return QString::fromUtf8(
        QJsonDocument(audienceViewsToJson(views)).toJson(QJsonDocument::Compact));
}

std::optional<std::vector<AudienceView>> audienceViewsFromKey(const QString &key, QString *error)
{
    if (key.trimmed().isEmpty())
        return std::vector<AudienceView>();
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(key.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray()) {
        failWith(error, tr("the views are not a JSON list (%1)").arg(parseError.errorString()));
        return std::nullopt;
    }
    return audienceViewsFromJson(document.array(), error);
}

void followViewIds(std::vector<AudienceView> &views, const QHash<Id, Id> &laneAndStageIds,
                   const QHash<Id, Id> &personaIds)
{
    const auto follow = [](const QList<Id> &ids, const QHash<Id, Id> &map) {
        QList<Id> followed;
        for (Id id : ids) {
            if (const Id to = map.value(id, 0))
                followed.append(to);
        }
        return followed;
    };
    for (AudienceView &view : views) {
        view.id = newId();
        view.lanes = follow(view.lanes, laneAndStageIds);
        view.curvePersonas = follow(view.curvePersonas, personaIds);
        view.firstStage = laneAndStageIds.value(view.firstStage, 0);
        view.lastStage = laneAndStageIds.value(view.lastStage, 0);
    }
}

const AudienceView *findViewByName(const std::vector<AudienceView> &views, const QString &name)
{
    for (const AudienceView &view : views) {
        if (view.name == name)
            return &view;
    }
    return nullptr;
}

} // namespace Parcours
