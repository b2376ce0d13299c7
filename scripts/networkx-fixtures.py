#!/usr/bin/env python3
"""Reference values for the five network metrics, computed with networkx.

    python3 scripts/networkx-fixtures.py regenerates test/fixtures/networkx

Run it once by hand (needs python3 + networkx >= 3); the JSON files it writes are committed,
so `npm test` never needs Python. test/unit/metrics.test.ts checks that
electron/services/network/metrics.ts agrees with every value to 1e-6.

Each fixture is { description, nodes: [{id, name}], ties: [{sourceId, targetId, kind, mutual}],
expected: { id: {inDegree, outDegree, closeness, betweenness, eigenvector} } }.

The graph is built exactly as the app builds it: a simple DiGraph, a tie adds source->target,
a mutual tie also adds target->source, parallel ties count once, self ties are ignored.
The eigenvector parameters must stay equal to EIGENVECTOR_MAX_ITER / EIGENVECTOR_TOL in
electron/services/network/eigenvector.ts.
"""
import json
import os
import random

import networkx as nx

EIGENVECTOR_MAX_ITER = 1000
EIGENVECTOR_TOL = 1e-10

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "test", "fixtures", "networkx")


def build(nodes, ties):
    g = nx.DiGraph()
    g.add_nodes_from(n["id"] for n in nodes)
    for t in ties:
        s, d = t["sourceId"], t["targetId"]
        if s == d:
            continue
        g.add_edge(s, d)
        if t["mutual"]:
            g.add_edge(d, s)
    return g


def expected(g):
    ind = nx.in_degree_centrality(g)
    outd = nx.out_degree_centrality(g)
    clo = nx.closeness_centrality(g)  # incoming distances, wf_improved=True
    bet = nx.betweenness_centrality(g, normalized=True)
    eig = nx.eigenvector_centrality(g, max_iter=EIGENVECTOR_MAX_ITER, tol=EIGENVECTOR_TOL)
    return {
        n: {
            "inDegree": ind[n],
            "outDegree": outd[n],
            "closeness": clo[n],
            "betweenness": bet[n],
            "eigenvector": eig[n],
        }
        for n in g.nodes
    }


def write(name, description, nodes, ties):
    g = build(nodes, ties)
    data = {
        "description": description,
        "generator": f"scripts/networkx-fixtures.py, networkx {nx.__version__}, "
        f"eigenvector_centrality(max_iter={EIGENVECTOR_MAX_ITER}, tol={EIGENVECTOR_TOL})",
        "nodes": nodes,
        "ties": ties,
        "expected": expected(g),
    }
    with open(os.path.join(OUT, f"{name}.json"), "w", encoding="utf-8") as f:
        json.dump(data, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"{name}: {g.number_of_nodes()} nodes, {g.number_of_edges()} arcs, {len(ties)} ties")


def karate():
    g = nx.karate_club_graph()
    nodes = [{"id": f"k{i}", "name": f"Anggota {i}"} for i in g.nodes]
    ties = [{"sourceId": f"k{u}", "targetId": f"k{v}", "kind": "coordination", "mutual": True} for u, v in g.edges]
    write("karate", "Zachary karate club, every undirected edge one mutual tie", nodes, ties)


def random_directed():
    g = nx.gnp_random_graph(60, 0.06, seed=7, directed=True)
    nodes = [{"id": f"r{i}", "name": f"Aktor {i}"} for i in g.nodes]
    ties = [{"sourceId": f"r{u}", "targetId": f"r{v}", "kind": "information", "mutual": False} for u, v in g.edges]
    write("random-directed", "nx.gnp_random_graph(60, 0.06, seed=7, directed=True)", nodes, ties)


def components():
    ids = [f"c{i}" for i in range(5)] + ["t1", "t2"] + [f"s{i}" for i in range(6)] + [f"d{i}" for i in range(5)] + ["i1", "i2", "i3"]
    nodes = [{"id": i, "name": i.upper()} for i in ids]

    def tie(s, d, kind="information", mutual=False):
        return {"sourceId": s, "targetId": d, "kind": kind, "mutual": mutual}

    ties = [tie(f"c{i}", f"c{(i + 1) % 5}") for i in range(5)]  # directed 5-cycle
    ties += [tie("c0", "t1", "support"), tie("t1", "t2")]  # a tail hanging off the cycle
    ties += [tie("c2", "c3", "finance")]  # same ordered pair, another kind: counts once
    ties += [tie("c3", "c3", "coordination")]  # self tie: ignored
    ties += [tie("s0", f"s{i}", "upstream") for i in range(1, 6)]  # directed star
    ties += [tie("s0", "s1", "downstream")]  # again a parallel tie of another kind
    ties += [tie("s5", "s0", "support", True)]  # a mutual tie on top of an existing arc
    ties += [tie("d0", "d1"), tie("d0", "d2"), tie("d1", "d3"), tie("d2", "d3"), tie("d3", "d4"), tie("d0", "d4")]  # DAG
    write(
        "components",
        "5-cycle with a tail, a star (with a mutual tie), a DAG, 3 isolated nodes; parallel and self ties",
        nodes,
        ties,
    )


def demo():
    with open(os.path.join(ROOT, "resources", "demo", "demo-project.json"), encoding="utf-8") as f:
        project = json.load(f)
    nodes = [{"id": s["key"], "name": s["name"]} for s in project["stakeholders"]]
    ties = [
        {"sourceId": t["source"], "targetId": t["target"], "kind": t["kind"], "mutual": bool(t["mutual"])}
        for t in project["ties"]
    ]
    write("demo", "resources/demo/demo-project.json (stakeholder key as id)", nodes, ties)


if __name__ == "__main__":
    random.seed(0)
    os.makedirs(OUT, exist_ok=True)
    karate()
    random_directed()
    components()
    demo()
