package queries

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/text/width"
)

// Writer prints result rows. Call Flush after the last row.
type Writer interface {
	Write(Row) error
	Flush() error
}

// Formats are the names NewWriter accepts.
var Formats = []string{"json", "table"}

// NewWriter returns a writer for a format: "json" (also "jsonl": one JSON
// object a line) or "table".
func NewWriter(format string, w io.Writer) (Writer, error) {
	switch format {
	case "json", "jsonl", "":
		return NewJSONWriter(w), nil
	case "table":
		return NewTableWriter(w), nil
	}
	return nil, fmt.Errorf("unknown output format %q (want %s)", format, strings.Join(Formats, " or "))
}

// NewJSONWriter writes each row as one line of JSON, keys sorted, as it comes.
func NewJSONWriter(w io.Writer) Writer {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return &jsonWriter{enc: enc}
}

type jsonWriter struct{ enc *json.Encoder }

func (j *jsonWriter) Write(r Row) error { return j.enc.Encode(r) }
func (j *jsonWriter) Flush() error      { return nil }

// NewTableWriter collects rows and, on Flush, writes them as a table: one
// column per key found in any row, keys sorted; rows in the order written;
// columns aligned (wide East Asian characters count as two).
func NewTableWriter(w io.Writer) Writer { return &tableWriter{w: w} }

type tableWriter struct {
	w    io.Writer
	rows []Row
}

func (t *tableWriter) Write(r Row) error {
	t.rows = append(t.rows, r)
	return nil
}

func (t *tableWriter) Flush() error {
	defer func() { t.rows = nil }()
	if len(t.rows) == 0 {
		return nil
	}
	keySet := map[string]bool{}
	for _, r := range t.rows {
		for k := range r {
			keySet[k] = true
		}
	}
	keys := make([]string, 0, len(keySet))
	for k := range keySet {
		keys = append(keys, k)
	}
	sort.Strings(keys)

	cells := make([][]string, 0, len(t.rows)+1)
	cells = append(cells, keys)
	for _, r := range t.rows {
		line := make([]string, len(keys))
		for i, k := range keys {
			line[i] = Cell(r[k])
		}
		cells = append(cells, line)
	}
	widths := make([]int, len(keys))
	for _, line := range cells {
		for i, c := range line {
			if n := displayWidth(c); n > widths[i] {
				widths[i] = n
			}
		}
	}
	var b bytes.Buffer
	for li, line := range cells {
		for i, c := range line {
			if i > 0 {
				b.WriteString("  ")
			}
			b.WriteString(c)
			if i < len(line)-1 {
				b.WriteString(strings.Repeat(" ", widths[i]-displayWidth(c)))
			}
		}
		b.WriteByte('\n')
		if li == 0 {
			for i, n := range widths {
				if i > 0 {
					b.WriteString("  ")
				}
				b.WriteString(strings.Repeat("-", n))
			}
			b.WriteByte('\n')
		}
	}
	_, err := t.w.Write(b.Bytes())
	return err
}

// Cell is the text of a value in a table: strings as they are (line breaks
// and tabs become spaces), numbers in their shortest form, lists joined by
// "; ", objects as JSON, nothing for nil.
func Cell(v interface{}) string {
	var s string
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		s = v
	case float64:
		s = strconv.FormatFloat(v, 'f', -1, 64)
	case int64:
		s = strconv.FormatInt(v, 10)
	case int:
		s = strconv.Itoa(v)
	case bool:
		s = strconv.FormatBool(v)
	case []interface{}:
		parts := make([]string, len(v))
		for i, x := range v {
			parts[i] = Cell(x)
		}
		s = strings.Join(parts, "; ")
	case fmt.Stringer:
		s = v.String()
	default:
		data, err := json.Marshal(v)
		if err != nil {
			s = fmt.Sprint(v)
		} else {
			s = string(data)
		}
	}
	return strings.Map(func(r rune) rune {
		switch r {
		case '\n', '\r', '\t':
			return ' '
		}
		return r
	}, s)
}

func displayWidth(s string) int {
	n := 0
	for _, r := range s {
		switch width.LookupRune(r).Kind() {
		case width.EastAsianWide, width.EastAsianFullwidth:
			n += 2
		default:
			n++
		}
	}
	return n
}
