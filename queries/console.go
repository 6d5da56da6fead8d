package queries

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/cayleygraph/cayley/graph"
	"github.com/peterh/liner"
)

const (
	prompt     = "newsgraph> "
	morePrompt = "...        "
)

const consoleHelp = `Type a Gizmo query (JavaScript) and press Enter; it runs when its brackets,
braces, parentheses and quotes are balanced (until then the prompt is "...").
Every query runs with the newsgraph prelude: params, entity(name), nameOf(iri),
values(node, pred), eventRow(ev), ... (see :prelude). IRIs are stored short:
  g.V("<ng:id/wang-wenbin>").Out("<schema:name>").All()
  entity("Wang Wenbin").In("<schema:agent>").Out("<schema:name>").All()
  g.Emit(g.V().Has("<rdf:type>", "<ng:Demand>").Count())
Commands:
  :help                  this help
  :queries               list the saved queries
  :run NAME [k=v ...]    run a saved query (or a .js file) with parameters
  :show NAME             print a saved query's source
  :param [k=v ...]       set params for the queries that follow (k= removes k); alone: show them
  :format json|table     how results are printed
  :prelude               print the prelude
  :quit, :q              leave (so does Ctrl-D)
`

// Console runs an interactive Gizmo console over qs. Each query runs in a
// fresh Gizmo session, so any number of queries can follow one another; an
// error in one is printed and the console goes on.
//
// When interactive, lines are read from the terminal with line editing and
// history (kept in historyPath unless it is ""); in is not used. Otherwise
// queries are read from in without prompts. In both cases a query continues
// over lines while its brackets or quotes are unbalanced (see Incomplete);
// when reading from in, a line starting with "." also continues the query
// before it. Results are printed to out as a table when interactive, as JSON
// lines otherwise (":format" changes it).
func Console(ctx context.Context, qs graph.QuadStore, in io.Reader, out io.Writer, interactive bool, historyPath string) error {
	c := &console{qs: qs, out: out, interactive: interactive, params: map[string]string{}, format: "json"}
	var src lineSource
	if interactive {
		c.format = "table"
		t := newTerminal(historyPath)
		defer t.close()
		src = t
		fmt.Fprintln(out, "newsgraph console: Gizmo queries over the graph. :help for help, :quit to leave.")
	} else {
		sc := bufio.NewScanner(in)
		sc.Buffer(make([]byte, 64*1024), 16*1024*1024)
		src = &readerSource{sc: sc}
	}
	return c.loop(ctx, src)
}

type console struct {
	qs          graph.QuadStore
	out         io.Writer
	interactive bool
	params      map[string]string
	format      string
	notes       []string // the running query's notes, printed after its results
}

// lineSource gives the console its lines.
type lineSource interface {
	// next returns the next line; io.EOF at the end; errAborted when the
	// user pressed Ctrl-C.
	next(prompt string) (string, error)
	// peek returns the next line without consuming it (ok false if none or
	// not possible).
	peek() (string, bool)
	// remember adds a complete entry to the history.
	remember(entry string)
}

var errAborted = errors.New("aborted")

func (c *console) loop(ctx context.Context, src lineSource) error {
	var buf strings.Builder
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		p := prompt
		if buf.Len() > 0 {
			p = morePrompt
		}
		line, err := src.next(p)
		if err == errAborted {
			buf.Reset()
			continue
		}
		if err == io.EOF {
			if strings.TrimSpace(buf.String()) != "" {
				c.query(ctx, buf.String())
			}
			if c.interactive {
				fmt.Fprintln(c.out)
			}
			return nil
		}
		if err != nil {
			return err
		}
		if buf.Len() == 0 {
			t := strings.TrimSpace(line)
			if t == "" || strings.HasPrefix(t, "#") {
				continue
			}
			if strings.HasPrefix(t, ":") {
				src.remember(t)
				if quit := c.command(ctx, t); quit {
					return nil
				}
				continue
			}
		}
		buf.WriteString(line)
		buf.WriteByte('\n')
		code := buf.String()
		if Incomplete(code) {
			continue
		}
		if next, ok := src.peek(); ok && strings.HasPrefix(strings.TrimSpace(next), ".") {
			continue // a chained call on the next line
		}
		buf.Reset()
		src.remember(strings.TrimRight(code, "\n"))
		c.query(ctx, code)
	}
}

// query runs one query with the session's params and prints the results or
// the error.
func (c *console) query(ctx context.Context, code string) {
	c.print(func(emit func(Row) error) error { return RunNotes(ctx, c.qs, code, c.params, emit, c.note) })
}

// note prints a script's note after its results: it is queued and
// written once the results are (a table is written at the end).
func (c *console) note(text string) { c.notes = append(c.notes, text) }

func (c *console) print(run func(emit func(Row) error) error) {
	c.notes = nil
	defer func() {
		for _, t := range c.notes {
			fmt.Fprintln(c.out, "note: "+t)
		}
		c.notes = nil
	}()
	w, err := NewWriter(c.format, c.out)
	if err != nil {
		fmt.Fprintf(c.out, "error: %v\n", err)
		return
	}
	n := 0
	err = run(func(r Row) error {
		n++
		return w.Write(r)
	})
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		fmt.Fprintf(c.out, "error: %v\n", err)
		return
	}
	if c.interactive {
		switch n {
		case 0:
			fmt.Fprintln(c.out, "(no results; end a path with .All() or use g.Emit)")
		case 1:
			fmt.Fprintln(c.out, "(1 result)")
		default:
			fmt.Fprintf(c.out, "(%d results)\n", n)
		}
	}
}

// command runs a ":" command; it reports whether the console should end.
func (c *console) command(ctx context.Context, line string) bool {
	args, err := splitArgs(line)
	if err != nil {
		fmt.Fprintf(c.out, "error: %v\n", err)
		return false
	}
	switch args[0] {
	case ":quit", ":q", ":exit":
		return true
	case ":help", ":h", ":?":
		fmt.Fprint(c.out, consoleHelp)
	case ":queries":
		for _, s := range Saved() {
			fmt.Fprintf(c.out, "%-22s %s\n", s.Name, s.Summary)
			fmt.Fprintf(c.out, "%-22s usage: :run %s\n", "", s.Usage())
		}
	case ":show":
		if len(args) != 2 {
			fmt.Fprintln(c.out, "error: usage: :show NAME")
			return false
		}
		s, err := Load(args[1])
		if err != nil {
			fmt.Fprintf(c.out, "error: %v\n", err)
			return false
		}
		fmt.Fprint(c.out, s.Source)
	case ":prelude":
		fmt.Fprint(c.out, Prelude())
	case ":run":
		if len(args) < 2 {
			fmt.Fprintln(c.out, "error: usage: :run NAME [name=value ...] (:queries lists them)")
			return false
		}
		s, err := Load(args[1])
		if err != nil {
			fmt.Fprintf(c.out, "error: %v\n", err)
			return false
		}
		given, err := ParseParams(args[2:])
		if err != nil {
			fmt.Fprintf(c.out, "error: %v\n", err)
			return false
		}
		params := map[string]string{}
		for k, v := range c.params {
			params[k] = v
		}
		for k, v := range given {
			params[k] = v
		}
		c.print(func(emit func(Row) error) error { return RunScriptNotes(ctx, c.qs, s, params, emit, c.note) })
	case ":param", ":params":
		given, err := ParseParams(args[1:])
		if err != nil {
			fmt.Fprintf(c.out, "error: %v\n", err)
			return false
		}
		for k, v := range given {
			if v == "" {
				delete(c.params, k)
			} else {
				c.params[k] = v
			}
		}
		if len(given) == 0 {
			for _, k := range paramNames(c.params) {
				fmt.Fprintf(c.out, "%s=%s\n", k, c.params[k])
			}
		}
	case ":format":
		if len(args) != 2 {
			fmt.Fprintf(c.out, "format: %s\n", c.format)
			return false
		}
		if _, err := NewWriter(args[1], io.Discard); err != nil {
			fmt.Fprintf(c.out, "error: %v\n", err)
			return false
		}
		c.format = args[1]
	default:
		fmt.Fprintf(c.out, "error: unknown command %s (:help lists them)\n", args[0])
	}
	return false
}

// splitArgs splits a command line into words; double or single quotes keep
// spaces in a word (entity="Wang Wenbin" or 'entity=Wang Wenbin').
func splitArgs(line string) ([]string, error) {
	var out []string
	var cur strings.Builder
	inWord := false
	var quote rune
	for _, r := range line {
		switch {
		case quote != 0:
			if r == quote {
				quote = 0
			} else {
				cur.WriteRune(r)
			}
		case r == '"' || r == '\'':
			quote = r
			inWord = true
		case r == ' ' || r == '\t':
			if inWord {
				out = append(out, cur.String())
				cur.Reset()
				inWord = false
			}
		default:
			cur.WriteRune(r)
			inWord = true
		}
	}
	if quote != 0 {
		return nil, fmt.Errorf("unterminated quote in %q", line)
	}
	if inWord {
		out = append(out, cur.String())
	}
	return out, nil
}

// readerSource reads lines from a reader, no prompts.
type readerSource struct {
	sc      *bufio.Scanner
	pending *string
	err     error
}

func (r *readerSource) fill() bool {
	if r.pending != nil {
		return true
	}
	if r.err != nil {
		return false
	}
	if !r.sc.Scan() {
		r.err = r.sc.Err()
		if r.err == nil {
			r.err = io.EOF
		}
		return false
	}
	line := r.sc.Text()
	r.pending = &line
	return true
}

func (r *readerSource) next(string) (string, error) {
	if !r.fill() {
		return "", r.err
	}
	line := *r.pending
	r.pending = nil
	return line, nil
}

func (r *readerSource) peek() (string, bool) {
	if !r.fill() {
		return "", false
	}
	return *r.pending, true
}

func (r *readerSource) remember(string) {}

// terminal reads lines from the terminal with liner: editing, history.
type terminal struct {
	st          *liner.State
	historyPath string
}

func newTerminal(historyPath string) *terminal {
	st := liner.NewLiner()
	st.SetCtrlCAborts(true)
	st.SetMultiLineMode(true)
	if historyPath != "" {
		if f, err := os.Open(historyPath); err == nil {
			st.ReadHistory(f)
			f.Close()
		}
	}
	return &terminal{st: st, historyPath: historyPath}
}

func (t *terminal) next(p string) (string, error) {
	line, err := t.st.Prompt(p)
	if err == liner.ErrPromptAborted {
		return "", errAborted
	}
	return line, err
}

func (t *terminal) peek() (string, bool) { return "", false }

func (t *terminal) remember(entry string) {
	// liner's history holds single lines: a multi-line query is kept as one,
	// its lines trimmed and joined, whole-line comments left out.
	var parts []string
	for _, l := range strings.Split(entry, "\n") {
		l = strings.TrimSpace(l)
		if l != "" && !strings.HasPrefix(l, "//") {
			parts = append(parts, l)
		}
	}
	if len(parts) > 0 {
		t.st.AppendHistory(strings.Join(parts, " "))
	}
}

func (t *terminal) close() {
	if t.historyPath != "" {
		if f, err := os.Create(t.historyPath); err == nil {
			t.st.WriteHistory(f)
			f.Close()
		}
	}
	t.st.Close()
}
