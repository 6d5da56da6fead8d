// Package server serves a newsgraph quad store over HTTP the way `cayley http`
// does: Cayley's HTTP API v1 and v2 and its web UI (query editor, query
// shape, visualizer, write page), with three differences:
//
//   - the UI's files are embedded in the binary (see ui/NOTICE.md), so any
//     build of it, from any working directory, serves the whole UI;
//   - query results are not silently capped at 100 (Options.QueryLimit);
//   - it listens on loopback and is read-only unless told otherwise.
//
// API v2 is Cayley's own (server/http, NewAPIv2; see api_v2.go). API v1 and
// the UI pages are reimplemented on net/http after Cayley v0.7.7's
// internal/http (Apache-2.0), which is not importable, over the real Cayley
// query languages, quad formats and writers.
package server

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"time"

	"github.com/cayleygraph/cayley/graph"
	_ "github.com/cayleygraph/cayley/query/gizmo" // the UI's default language
	cayleyhttp "github.com/cayleygraph/cayley/server/http"
	_ "github.com/cayleygraph/cayley/writer" // the "single" quad writer
	_ "github.com/cayleygraph/quad/dot"      // formats for /api/v2/read and /api/v2/write
	_ "github.com/cayleygraph/quad/gml"
	_ "github.com/cayleygraph/quad/graphml"
	_ "github.com/cayleygraph/quad/json"
	_ "github.com/cayleygraph/quad/jsonld"
	_ "github.com/cayleygraph/quad/nquads"
	_ "github.com/cayleygraph/quad/pquads"
)

// DefaultAddr is where Serve listens when given no address: loopback only.
const DefaultAddr = "127.0.0.1:64210"

// Options configure the server. The zero value is a read-only server with
// no result cap and no query timeout.
type Options struct {
	// Writable allows the write and delete routes (v1 write, delete and
	// N-Quads upload; v2 write, delete and node/delete). Otherwise they
	// answer 403.
	Writable bool
	// QueryLimit caps the results of one query when the request sets no
	// limit; 0 (or less) means every result.
	QueryLimit int
	// Timeout bounds one query; 0 means none (the request's own context
	// still ends it when the client goes away).
	Timeout time.Duration
	// Batch is the number of quads written per batch (0: quad.DefaultBatch).
	Batch int
	// CORS answers cross-origin requests from any origin as stock Cayley
	// does. Off by default: a page on another site could otherwise query a
	// graph served on loopback.
	CORS bool
	// Log, if set, receives one line per request.
	Log io.Writer
}

// Server is the HTTP handler of one quad store.
type Server struct {
	qs   graph.QuadStore
	qw   graph.QuadWriter // nil unless Writable
	opts Options
	mux  *http.ServeMux
	v2   *cayleyhttp.APIv2 // API v2 at Options.QueryLimit
}

// New returns the handler serving qs: the API under /api/v1 and /api/v2, the
// UI at / and /ui/{query,query_shape,visualize,write}, its files under
// /static/.
func New(qs graph.QuadStore, opts Options) (*Server, error) {
	if qs == nil {
		return nil, errors.New("server: no quad store")
	}
	s := &Server{qs: qs, opts: opts, mux: http.NewServeMux()}
	if opts.Writable {
		qw, err := graph.NewQuadWriter("single", qs, graph.Options{"ignore_duplicate": true, "ignore_missing": true})
		if err != nil {
			return nil, fmt.Errorf("server: quad writer: %w", err)
		}
		s.qw = qw
	}
	if err := s.routeUI(); err != nil {
		return nil, err
	}
	s.routeV1()
	s.routeV2()
	return s, nil
}

// ServeHTTP implements http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	sw := &statusWriter{ResponseWriter: w, code: http.StatusOK}
	if s.opts.CORS {
		if origin := r.Header.Get("Origin"); origin != "" {
			h := w.Header()
			h.Set("Access-Control-Allow-Origin", origin)
			h.Set("Access-Control-Allow-Methods", "POST, GET, OPTIONS, PUT, DELETE")
			h.Set("Access-Control-Allow-Headers", "Accept, Content-Type, Content-Length, Accept-Encoding, X-CSRF-Token, Authorization")
		}
		if r.Method == http.MethodOptions {
			sw.WriteHeader(http.StatusOK)
			s.logRequest(r, sw.code, start)
			return
		}
	}
	s.mux.ServeHTTP(sw, r)
	s.logRequest(r, sw.code, start)
}

func (s *Server) logRequest(r *http.Request, code int, start time.Time) {
	if s.opts.Log == nil {
		return
	}
	fmt.Fprintf(s.opts.Log, "%s %s %s %d %s\n", r.RemoteAddr, r.Method, r.URL.Path, code, time.Since(start).Round(time.Microsecond))
}

type statusWriter struct {
	http.ResponseWriter
	code int
}

func (w *statusWriter) WriteHeader(code int) {
	w.code = code
	w.ResponseWriter.WriteHeader(code)
}

// Close releases the quad writer (not the quad store, which the caller owns).
func (s *Server) Close() error {
	if s.qw != nil {
		return s.qw.Close()
	}
	return nil
}

// Serve serves h on ln until ctx ends, then shuts down gracefully (up to
// five seconds for requests in flight).
func Serve(ctx context.Context, ln net.Listener, h http.Handler) error {
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		err := srv.Shutdown(sctx)
		<-errc
		return err
	}
}

// ListenAndServe serves qs on addr (DefaultAddr if "") until ctx ends.
// listening, if not nil, is called with the bound address once the server
// accepts connections.
func ListenAndServe(ctx context.Context, addr string, qs graph.QuadStore, opts Options, listening func(net.Addr)) error {
	if addr == "" {
		addr = DefaultAddr
	}
	s, err := New(qs, opts)
	if err != nil {
		return err
	}
	defer s.Close()
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	if listening != nil {
		listening(ln.Addr())
	}
	return Serve(ctx, ln, s)
}
