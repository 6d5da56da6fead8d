package server

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strconv"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
)

// API v1, as Cayley v0.7.7's internal/http serves it (the UI uses it):
//
//	POST /api/v1/query/{lang}        body: the query; ?limit=N (default: Options.QueryLimit, all)
//	POST /api/v1/shape/{lang}        body: the query; its shape
//	POST /api/v1/write               body: JSON [{"subject","predicate","object","label"}]
//	POST /api/v1/delete              same body
//	POST /api/v1/write/file/nquad    multipart form file "NQuadFile" (gzip or plain)
func (s *Server) routeV1() {
	s.mux.HandleFunc("POST /api/v1/query/{lang}", func(w http.ResponseWriter, r *http.Request) {
		defer r.Body.Close()
		s.serveQuery(w, r, r.PathValue("lang"))
	})
	s.mux.HandleFunc("POST /api/v1/shape/{lang}", func(w http.ResponseWriter, r *http.Request) {
		defer r.Body.Close()
		s.serveShape(w, r, r.PathValue("lang"))
	})
	if s.qw == nil {
		for _, p := range []string{"/api/v1/write", "/api/v1/delete", "/api/v1/write/file/nquad"} {
			s.mux.HandleFunc("POST "+p, readOnly)
		}
		return
	}
	s.mux.HandleFunc("POST /api/v1/write", s.serveV1Write)
	s.mux.HandleFunc("POST /api/v1/delete", s.serveV1Delete)
	s.mux.HandleFunc("POST /api/v1/write/file/nquad", s.serveV1WriteNQuad)
}

// parseJSONQuads reads the v1 write body.
func parseJSONQuads(data []byte) ([]quad.Quad, error) {
	var in []struct {
		Subject   string `json:"subject"`
		Predicate string `json:"predicate"`
		Object    string `json:"object"`
		Label     string `json:"label"`
	}
	if err := json.Unmarshal(data, &in); err != nil {
		return nil, err
	}
	out := make([]quad.Quad, 0, len(in))
	for i, jq := range in {
		q := quad.Quad{
			Subject:   quad.StringToValue(jq.Subject),
			Predicate: quad.StringToValue(jq.Predicate),
			Object:    quad.StringToValue(jq.Object),
			Label:     quad.StringToValue(jq.Label),
		}
		if !q.IsValid() {
			return nil, fmt.Errorf("invalid quad at index %d: %s", i, q)
		}
		out = append(out, q)
	}
	return out, nil
}

// requestQuads reads the JSON quads of a v1 write or delete request; on a bad
// request it answers 400 itself and returns false.
func requestQuads(w http.ResponseWriter, r *http.Request) ([]quad.Quad, bool) {
	data, err := readLimit(r.Body)
	if err == nil {
		var quads []quad.Quad
		if quads, err = parseJSONQuads(data); err == nil {
			return quads, true
		}
	}
	jsonError(w, http.StatusBadRequest, err)
	return nil, false
}

func (s *Server) serveV1Write(w http.ResponseWriter, r *http.Request) {
	quads, ok := requestQuads(w, r)
	if !ok {
		return
	}
	if err := s.qw.AddQuadSet(quads); err != nil {
		jsonError(w, http.StatusBadRequest, err)
		return
	}
	jsonResult(w, "application/json", fmt.Sprintf("Successfully wrote %d quads.", len(quads)))
}

func (s *Server) serveV1Delete(w http.ResponseWriter, r *http.Request) {
	quads, ok := requestQuads(w, r)
	if !ok {
		return
	}
	for _, q := range quads {
		if err := s.qw.RemoveQuad(q); err != nil && !graph.IsQuadNotExist(err) {
			jsonError(w, http.StatusBadRequest, err)
			return
		}
	}
	jsonResult(w, "application/json", fmt.Sprintf("Successfully deleted %d quads.", len(quads)))
}

func (s *Server) serveV1WriteNQuad(w http.ResponseWriter, r *http.Request) {
	f, _, err := r.FormFile("NQuadFile")
	if err != nil {
		jsonError(w, http.StatusBadRequest, "Couldn't read file: "+err.Error())
		return
	}
	defer f.Close()
	batch, err := strconv.Atoi(r.URL.Query().Get("block_size"))
	if err != nil || batch <= 0 {
		batch = s.batch()
	}
	in, err := decompress(f)
	if err != nil {
		jsonError(w, http.StatusBadRequest, err)
		return
	}
	qw := graph.NewWriter(s.qw)
	n, err := quad.CopyBatch(qw, nquads.NewReader(in, false), batch)
	if err == nil {
		err = qw.Close()
	}
	if err != nil {
		jsonError(w, http.StatusBadRequest, err)
		return
	}
	jsonResult(w, "application/json", fmt.Sprintf("Successfully wrote %d quads.", n))
}

// decompress returns a reader of r's content, gunzipped if it is gzip.
func decompress(r io.Reader) (io.Reader, error) {
	br := bufio.NewReader(r)
	magic, _ := br.Peek(2)
	if len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		return gzip.NewReader(br)
	}
	return br, nil
}

func (s *Server) batch() int {
	if s.opts.Batch > 0 {
		return s.opts.Batch
	}
	return quad.DefaultBatch
}
