import SignpostCore

extension GapCell {
    public var json: JSONValue {
        var o: JSONObject = [
            "parish": .string(parish.name), "domain": .string(domain.id), "domainLabel": .string(domain.label),
            "severity": .number(severity), "score": .number(score),
            "issues": JSONValue(issues.map(\.rawValue)),
            "populationUsed": JSONValue(peopleUsed), "populationKnown": .bool(populationKnown),
            "deprivationLevel": JSONValue(parish.deprivation.level), "ruralityWeight": .number(ruralityMultiplier),
            "issueKinds": JSONValue(Array(Set(issues.map(\.kind.rawValue))).sorted()),
            "services": JSONValue(coverage.services), "providers": JSONValue(coverage.providers),
            "inPersonSites": JSONValue(coverage.inPersonSites),
            "reachableWithoutCar": .bool(coverage.reachableWithoutCar),
            "reachableWithoutInternet": .bool(coverage.reachableWithoutInternet),
            "freeOption": .bool(coverage.hasFreeOption), "freeOptionWithoutCar": .bool(coverage.hasFreeOptionWithoutCar),
        ]
        if let population { o["population"] = JSONValue(population) }
        if let settlement = parish.settlement { o["settlement"] = .string(settlement.rawValue) }
        o["reachableByCommunityTransport"] = .bool(coverage.reachableByCommunityTransport)
        o["remoteOnly"] = .bool(coverage.remoteOnly)
        o["costUnknown"] = JSONValue(coverage.costUnknown)
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
    public func json(opened: [GapChange] = [], closed: [GapChange] = [], scenario: String? = nil) -> JSONValue {
        var o: JSONObject = [
            "method": .object([
                "walkingKm": .number(GapAnalysis.walkingKm), "transportKm": .number(GapAnalysis.transportKm),
                "weights": .object(JSONObject(GapCell.Issue.allCases.map { JSONMember($0.rawValue, .number($0.weight)) })),
                "score": "severity × residents × (1 + 0.25 × (deprivation level − 1)) × rurality ÷ 1000",
                "document": "docs/GAP-ANALYSIS.md",
            ]),
            "findings": .array(findings().map(\.json)),
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
                "scenario": scenario.map(JSONValue.string) ?? .null,
                "opened": .array(opened.map(\.json)),
                "closed": .array(closed.map(\.json)),
            ])
        }
        return .object(o)
    }
}

extension GapFinding {
    public var json: JSONValue {
        var o: JSONObject = [
            "kind": .string(kind.rawValue), "domains": JSONValue(domains.map(\.id)), "headline": .string(headline),
            "details": JSONValue(details), "parishes": JSONValue(parishes), "residentsKnown": JSONValue(residentsKnown),
            "parishesWithoutPopulation": JSONValue(parishesWithoutPopulation), "score": .number(score),
            "actionPlan": JSONValue(actionPlan),
        ]
        if let issue { o["issue"] = .string(issue.rawValue) }
        if let area { o["area"] = .string(area) }
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
