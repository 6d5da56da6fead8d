package server

import (
	"net/http"
	"strconv"

	"github.com/cayleygraph/cayley/graph"
	cayleyhttp "github.com/cayleygraph/cayley/server/http"
	"github.com/julienschmidt/httprouter"
)

// API v2 is Cayley's own (server/http, NewAPIv2), on an httprouter.Router
// mounted under /api/v2/:
//
//	GET|POST /api/v2/query?lang=gizmo[&limit=N]   GET: ?qu=QUERY; POST: body. {"result": [...]}
//	GET|POST /api/v2/read[?format=&sub=&pred=&obj=&label=&iri=short|full]   quads in a format
//	GET      /api/v2/formats                      the quad formats
//	POST     /api/v2/write                        quads in the Content-Type's format
//	POST     /api/v2/delete                       same
//	POST     /api/v2/node/delete                  one node, all its quads
//
// Two things differ from `cayley http`:
//
//   - Query results are not capped. NewAPIv2 sets a limit of 100 results per
//     query and its ServeQuery ignores the request's "limit"; here the limit
//     is set with SetQueryLimit to Options.QueryLimit (<= 0: every result, as
//     Gizmo takes a limit <= 0 to mean none), and a request's own "limit"
//     is honoured by serving it with an APIv2 set to that limit.
//   - The write routes are always registered and answer 403 "database is
//     read-only" unless Options.Writable: APIv2 checks its read-only flag in
//     each write handler, so it is set after registering (RegisterDataOn
//     leaves the routes out, i.e. 404, if it is set before).
func (s *Server) routeV2() {
	r := httprouter.New()
	s.v2 = s.newAPIv2(s.queryLimit())
	s.v2.RegisterDataOn(r)
	s.v2.SetReadOnly(s.qw == nil)
	r.GET("/api/v2/query", s.serveV2Query)
	r.POST("/api/v2/query", s.serveV2Query)
	s.mux.Handle("/api/v2/", r)
}

// newAPIv2 is Cayley's API v2 over the server's store and writer, with the
// given result limit per query.
func (s *Server) newAPIv2(limit int) *cayleyhttp.APIv2 {
	api := cayleyhttp.NewAPIv2(&graph.Handle{QuadStore: s.qs, QuadWriter: s.qw})
	api.SetQueryLimit(limit)
	api.SetQueryTimeout(s.opts.Timeout)
	api.SetBatchSize(s.opts.Batch) // 0: quad.DefaultBatch
	return api
}

// serveV2Query serves a query with Cayley's APIv2.ServeQuery, set to the
// request's limit.
func (s *Server) serveV2Query(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	api := s.v2
	if limit := s.limitFor(r); limit != s.queryLimit() {
		api = s.newAPIv2(limit)
	}
	api.ServeQuery(w, r)
}

// queryLimit is the result limit of a query whose request sets none:
// Options.QueryLimit, or -1 (every result).
func (s *Server) queryLimit() int {
	if s.opts.QueryLimit > 0 {
		return s.opts.QueryLimit
	}
	return -1 // Gizmo: a limit <= 0 is no limit
}

// limitFor is the result limit of a request: its "limit" parameter when that
// is a positive number, every result (-1) when it is negative, else
// queryLimit.
func (s *Server) limitFor(r *http.Request) int {
	if n, err := strconv.Atoi(r.URL.Query().Get("limit")); err == nil && n != 0 {
		if n < 0 {
			return -1
		}
		return n
	}
	return s.queryLimit()
}
