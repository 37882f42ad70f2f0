import SignpostCore

extension GapCell {
    public var json: JSONValue {
        var o: JSONObject = [
            "parish": .string(parish.name), "domain": .string(domain.id), "domainLabel": .string(domain.label),
            "severity": .number(severity), "score": .number(score),
            "issues": JSONValue(issues.map(\.rawValue)),
            "population": JSONValue(people), "populationKnown": .bool(populationKnown),
            "deprivationLevel": JSONValue(parish.deprivation.level),
            "services": JSONValue(coverage.services), "providers": JSONValue(coverage.providers),
            "inPersonSites": JSONValue(coverage.inPersonSites),
            "reachableWithoutCar": .bool(coverage.reachableWithoutCar),
            "reachableWithoutInternet": .bool(coverage.reachableWithoutInternet),
            "freeOption": .bool(coverage.hasFreeOption), "freeOptionWithoutCar": .bool(coverage.hasFreeOptionWithoutCar),
        ]
        if let km = coverage.nearestKm { o["nearestKm"] = .number(round2(km)) }
        if let name = nearestServiceName { o["nearestService"] = .string(name) }
        o["finding"] = .string(finding)
        o["actionPlan"] = JSONValue(domain.actionPlan.map(\.code))
        o["priorityAreas"] = JSONValue(priorityAreas.map(\.id))
        o["marmotObjective"] = .string(domain.marmotObjective)
        return .object(o)
    }
}

extension GapReport {
    /// The whole report as JSON: parameters, ranked gaps, every cell, summaries.
    public func json(opened: [GapChange] = [], closed: [GapChange] = []) -> JSONValue {
        var o: JSONObject = [
            "method": .object([
                "walkingKm": .number(GapAnalysis.walkingKm),
                "weights": .object([
                    "nothing": 1, "noOptionWithoutCar": .number(GapAnalysis.Weights.noOptionWithoutCar),
                    "noOptionWithoutInternet": .number(GapAnalysis.Weights.noOptionWithoutInternet),
                    "noFreeOption": .number(GapAnalysis.Weights.noFreeOption),
                    "singleProvider": .number(GapAnalysis.Weights.singleProvider),
                    "singleSite": .number(GapAnalysis.Weights.singleSite),
                ]),
                "score": "severity × residents × (1 + 0.25 × (deprivation level − 1)) ÷ 1000",
                "document": "docs/GAP-ANALYSIS.md",
            ]),
            "gaps": .array(gaps.map(\.json)),
            "byDomain": .array(
                byDomain.map {
                    .object([
                        "domain": .string($0.domain.id), "label": .string($0.domain.label),
                        "parishesWithGaps": JSONValue($0.parishesWithGaps),
                        "parishesWithNothing": JSONValue($0.parishesWithNothing), "score": .number($0.score),
                    ])
                }),
            "byParish": .array(
                byParish.map {
                    .object([
                        "parish": .string($0.parish.name), "domainsWithGaps": JSONValue($0.domainsWithGaps),
                        "score": .number($0.score), "meanSeverity": .number($0.meanSeverity),
                        "deprivationLevel": JSONValue($0.parish.deprivation.level),
                    ])
                }),
            "cells": .array(cells.map(\.json)),
        ]
        if !opened.isEmpty || !closed.isEmpty || !removed.isEmpty {
            o["whatIf"] = .object([
                "opened": .array(opened.map(\.json)),
                "closed": .array(closed.map(\.json)),
            ])
        }
        return .object(o)
    }
}

extension GapChange {
    public var json: JSONValue {
        .object([
            "parish": .string(after.parish.name), "domain": .string(after.domain.id),
            "severityBefore": .number(before.severity), "severityAfter": .number(after.severity),
            "scoreBefore": .number(before.score), "scoreAfter": .number(after.score),
            "findingBefore": .string(before.finding), "findingAfter": .string(after.finding),
        ])
    }
}
