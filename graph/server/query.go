package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/cayleygraph/cayley/query"
)

const maxQuerySize = 1 << 20 // 1 MB, as Cayley

// readLimit reads a request body of at most maxQuerySize bytes.
func readLimit(r io.Reader) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxQuerySize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > maxQuerySize {
		return nil, errors.New("request is too large")
	}
	return data, nil
}

// jsonError writes {"error": msg} with the status code.
func jsonError(w http.ResponseWriter, code int, err interface{}) {
	var msg string
	switch e := err.(type) {
	case string:
		msg = e
	case error:
		msg = e.Error()
	default:
		msg = fmt.Sprint(e)
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	data, _ := json.Marshal(map[string]string{"error": msg})
	w.Write(append(data, '\n'))
}

// jsonResult writes {"result": v}.
func jsonResult(w http.ResponseWriter, contentType string, v interface{}) {
	w.Header().Set("Content-Type", contentType)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.Encode(map[string]interface{}{"result": v})
}

// queryContext bounds a query by the request and Options.Timeout.
func (s *Server) queryContext(r *http.Request) (context.Context, context.CancelFunc) {
	if s.opts.Timeout > 0 {
		return context.WithTimeout(r.Context(), s.opts.Timeout)
	}
	return context.WithCancel(r.Context())
}

// serveQuery runs the request body in lang and writes {"result": [...]}
// (API v1; API v2 is Cayley's).
func (s *Server) serveQuery(w http.ResponseWriter, r *http.Request, lang string) {
	ctx, cancel := s.queryContext(r)
	defer cancel()
	l := query.GetLanguage(lang)
	if l == nil {
		jsonError(w, http.StatusBadRequest, fmt.Sprintf("unknown query language %q", lang))
		return
	}
	errFunc := func(_ query.ResponseWriter, err error) { jsonError(w, http.StatusBadRequest, err) }
	if l.HTTPError != nil {
		errFunc = l.HTTPError
	}
	if l.HTTPQuery != nil { // a language with its own HTTP handling (GraphQL)
		l.HTTPQuery(ctx, s.qs, w, r.Body)
		return
	}
	if l.HTTP == nil {
		errFunc(w, errors.New("HTTP interface is not supported for this query language"))
		return
	}
	data, err := readLimit(r.Body)
	if err != nil {
		errFunc(w, err)
		return
	}
	code := string(data)
	if strings.TrimSpace(code) == "" {
		jsonError(w, http.StatusBadRequest, "query is empty")
		return
	}
	opt := query.Options{Collation: query.JSON, Limit: s.limitFor(r)}
	contentType := "application/json"
	if strings.HasPrefix(r.Header.Get("Accept"), "application/ld+json") {
		opt.Collation = query.JSONLD
		contentType = "application/ld+json"
	}
	it, err := l.HTTP(s.qs).Execute(ctx, code, opt)
	if err != nil {
		errFunc(w, err)
		return
	}
	defer it.Close()
	out := []interface{}{}
	for it.Next(ctx) {
		if v := it.Result(); v != nil { // nil: the script's final value
			out = append(out, v)
		}
	}
	if err := it.Err(); err != nil {
		errFunc(w, err)
		return
	}
	jsonResult(w, contentType, out)
}

// serveShape writes the query's shape (the UI's Query Shape page).
func (s *Server) serveShape(w http.ResponseWriter, r *http.Request, lang string) {
	l := query.GetLanguage(lang)
	if l == nil {
		jsonError(w, http.StatusBadRequest, "Unknown query language.")
		return
	}
	if l.HTTP == nil {
		jsonError(w, http.StatusBadRequest, "HTTP interface is not supported for this query language.")
		return
	}
	data, err := readLimit(r.Body)
	if err != nil {
		jsonError(w, http.StatusBadRequest, err)
		return
	}
	shape, err := l.HTTP(s.qs).ShapeOf(string(data))
	if err == query.ErrParseMore {
		jsonError(w, http.StatusBadRequest, "Incomplete data?")
		return
	} else if err != nil {
		jsonError(w, http.StatusBadRequest, err)
		return
	}
	out, err := json.Marshal(shape)
	if err != nil {
		jsonError(w, http.StatusInternalServerError, err)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Write(out)
}

// readOnly answers a write request on a read-only server.
func readOnly(w http.ResponseWriter, r *http.Request) {
	jsonError(w, http.StatusForbidden, "database is read-only")
}
