package server

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"path"
	"strings"
)

// The web UI of Cayley v0.7.7, embedded (see ui/NOTICE.md).
//
//go:embed ui/static ui/templates
var uiFiles embed.FS

// docsURL is where the sidebar's documentation links lead: Cayley v0.7.7's
// docs (the stock server's /docs pages need files it reads from disk).
const docsURL = "https://github.com/cayleygraph/cayley/blob/v0.7.7/docs/"

// uiPages are the pages /ui/{name} serves (templates/{name}.html).
var uiPages = []string{"query", "query_shape", "visualize", "write"}

func (s *Server) routeUI() error {
	tmpl, err := parseTemplates()
	if err != nil {
		return err
	}
	page := func(name string) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			var b bytes.Buffer
			if err := tmpl.ExecuteTemplate(&b, name+".html", nil); err != nil {
				http.Error(w, err.Error(), http.StatusInternalServerError)
				return
			}
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write(b.Bytes())
		}
	}
	s.mux.HandleFunc("GET /{$}", page("query"))
	for _, name := range uiPages {
		s.mux.HandleFunc("GET /ui/"+name, page(name))
	}

	static, err := fs.Sub(uiFiles, "ui/static")
	if err != nil {
		return err
	}
	s.mux.Handle("GET /static/", http.StripPrefix("/static", http.FileServer(http.FS(static))))
	s.mux.HandleFunc("GET /favicon.ico", func(w http.ResponseWriter, r *http.Request) {
		http.ServeFileFS(w, r, static, "favicon.ico")
	})
	s.mux.HandleFunc("GET /docs/{page}", func(w http.ResponseWriter, r *http.Request) {
		p := strings.ToLower(strings.TrimSuffix(r.PathValue("page"), ".md"))
		http.Redirect(w, r, docsURL+p+".md", http.StatusFound)
	})
	return nil
}

// parseTemplates parses every file of ui/templates into one set, each named
// by its file name, as Cayley's ui.go does.
func parseTemplates() (*template.Template, error) {
	entries, err := uiFiles.ReadDir("ui/templates")
	if err != nil {
		return nil, err
	}
	var t *template.Template
	for _, e := range entries {
		data, err := uiFiles.ReadFile(path.Join("ui/templates", e.Name()))
		if err != nil {
			return nil, err
		}
		if t == nil {
			t = template.New(e.Name())
		} else {
			t = t.New(e.Name())
		}
		if _, err := t.Parse(string(data)); err != nil {
			return nil, fmt.Errorf("server: UI template %s: %w", e.Name(), err)
		}
	}
	if t == nil {
		return nil, fmt.Errorf("server: no UI templates embedded")
	}
	return t, nil
}
