package queries

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query"
	_ "github.com/cayleygraph/cayley/query/gizmo" // registers "gizmo"
)

// Row is one result: a g.Emit'ed object, or the tags of a path result
// (All/Tag: {"id": "<ng:id/...>", ...}). Results that are not objects are
// wrapped as {"value": v}.
type Row = map[string]interface{}

// Program returns the full text run for src: `var params = {...};`, the
// prelude, then src. Params are passed to the script as strings.
func Program(src string, params map[string]string) string {
	if params == nil {
		params = map[string]string{}
	}
	p, err := json.Marshal(params)
	if err != nil {
		panic(err) // map[string]string always marshals
	}
	return "var params = " + string(p) + ";\n" + Prelude() + "\n" + src
}

// Run runs the Gizmo query src, with the prelude and params, over qs and
// calls emit with every result, in order. There is no result cap: every
// result comes back. Each call uses a fresh Gizmo session (a session cannot
// run a second query). An error from emit stops the query and is returned.
//
// Notes (rows the script emits with the prelude's note(text), see NoteKey)
// are written to standard error; RunNotes hands them to a function instead.
func Run(ctx context.Context, qs graph.QuadStore, src string, params map[string]string, emit func(Row) error) error {
	return RunNotes(ctx, qs, src, params, emit, StderrNotes)
}

// NoteKey is the one key of a note row: g.Emit({_note: text}), what the
// prelude's note(text) emits. A note is a message about the results (rows
// cut by a limit, how to see more), not a result.
const NoteKey = "_note"

// AsNote returns the text of a note row and true, or "" and false for a result.
func AsNote(r Row) (string, bool) {
	if len(r) != 1 {
		return "", false
	}
	s, ok := r[NoteKey].(string)
	return s, ok
}

// StderrNotes prints a note on standard error as "note: text".
func StderrNotes(text string) { fmt.Fprintln(os.Stderr, "note: "+text) }

// RunNotes is Run with the script's notes handed to note (nil: dropped)
// rather than printed, and never to emit.
func RunNotes(ctx context.Context, qs graph.QuadStore, src string, params map[string]string, emit func(Row) error, note func(string)) error {
	if note == nil {
		note = func(string) {}
	}
	inner := emit
	emit = func(r Row) error {
		if t, ok := AsNote(r); ok {
			note(t)
			return nil
		}
		return inner(r)
	}
	prog := Program(src, params)
	offset := strings.Count(prog[:len(prog)-len(src)], "\n")
	var emitErr error
	err := runRaw(ctx, qs, prog, func(r Row) error {
		emitErr = emit(r)
		return emitErr
	})
	if err != nil && err != emitErr {
		return shiftLines(err, offset)
	}
	return err
}

// lineRef matches the line numbers in goja's messages: "Line 171:18" and
// "<eval>:170:1".
var lineRef = regexp.MustCompile(`(Line |<eval>:)(\d+)`)

// shiftLines makes the line numbers in a script error count from the first
// line of the query rather than of the prelude before it.
func shiftLines(err error, offset int) error {
	msg := err.Error()
	fixed := lineRef.ReplaceAllStringFunc(msg, func(m string) string {
		sub := lineRef.FindStringSubmatch(m)
		n, _ := strconv.Atoi(sub[2])
		if n <= offset {
			return sub[1] + "prelude:" + sub[2]
		}
		return sub[1] + strconv.Itoa(n-offset)
	})
	if fixed == msg {
		return err
	}
	return &queryError{msg: fixed, err: err}
}

type queryError struct {
	msg string
	err error
}

func (e *queryError) Error() string { return e.msg }
func (e *queryError) Unwrap() error { return e.err }

// RunScript runs a script after checking its required parameters; its
// notes go to standard error (see Run).
func RunScript(ctx context.Context, qs graph.QuadStore, s Script, params map[string]string, emit func(Row) error) error {
	return RunScriptNotes(ctx, qs, s, params, emit, StderrNotes)
}

// RunScriptNotes is RunScript with the notes handed to note (see RunNotes).
func RunScriptNotes(ctx context.Context, qs graph.QuadStore, s Script, params map[string]string, emit func(Row) error, note func(string)) error {
	if m := s.Missing(params); len(m) > 0 {
		return fmt.Errorf("%s: missing parameter %s (usage: %s)", s.Name, strings.Join(m, ", "), s.Usage())
	}
	if err := RunNotes(ctx, qs, s.Source, params, emit, note); err != nil {
		return fmt.Errorf("%s: %w", s.Name, err)
	}
	return nil
}

// Collect runs src like Run and returns all its rows.
func Collect(ctx context.Context, qs graph.QuadStore, src string, params map[string]string) ([]Row, error) {
	var rows []Row
	err := Run(ctx, qs, src, params, func(r Row) error {
		rows = append(rows, r)
		return nil
	})
	return rows, err
}

// runRaw executes exactly prog (no prelude) with Gizmo, unlimited.
func runRaw(ctx context.Context, qs graph.QuadStore, prog string, emit func(Row) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	// Limit <= 0 means no limit in the Gizmo session (query/gizmo: send()).
	it, err := query.Execute(ctx, qs, "gizmo", prog, query.Options{Collation: query.JSON, Limit: -1})
	if err != nil {
		return err
	}
	defer it.Close()
	for it.Next(ctx) {
		r := it.Result()
		if r == nil { // the script's final value, not a result
			continue
		}
		if err := emit(toRow(r)); err != nil {
			return err
		}
	}
	return it.Err()
}

func toRow(v interface{}) Row {
	switch v := v.(type) {
	case map[string]interface{}:
		return v
	case map[string]string:
		r := make(Row, len(v))
		for k, x := range v {
			r[k] = x
		}
		return r
	}
	return Row{"value": v}
}

// ParseParams turns "name=value" pairs into a map; a later pair wins.
func ParseParams(pairs []string) (map[string]string, error) {
	out := map[string]string{}
	for _, p := range pairs {
		k, v, ok := strings.Cut(p, "=")
		k = strings.TrimSpace(k)
		if !ok || k == "" {
			return nil, fmt.Errorf("parameter %q: want name=value", p)
		}
		out[k] = v
	}
	return out, nil
}

// paramNames lists the keys of params, sorted.
func paramNames(params map[string]string) []string {
	var ks []string
	for k := range params {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}
