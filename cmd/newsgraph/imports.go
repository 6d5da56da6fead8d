package main

import (
	// Every backend Cayley v0.7.7 registers (bolt, bbolt, leveldb, btree,
	// memstore, postgres, cockroach, mysql, sql).
	_ "github.com/cayleygraph/cayley/graph/all"
	// The Gizmo query language and Cayley's quad writers.
	_ "github.com/cayleygraph/cayley/query/gizmo"
	_ "github.com/cayleygraph/cayley/writer"
	_ "github.com/cayleygraph/quad/jsonld"
	_ "github.com/cayleygraph/quad/nquads"
)
