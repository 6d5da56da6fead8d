package export

import (
	"bufio"
	"bytes"
	"encoding/json"
	"strings"
)

// A small JSON writer that keeps the order of object members (encoding/json
// sorts map keys) and does not escape <, > and & (readable evidence text).

// object is a JSON object whose members keep their order.
type object []member

type member struct {
	key string
	val any // string, int, object, []any
}

func writeJSON(w *bufio.Writer, v any, indent int) {
	pad := func(n int) {
		w.WriteByte('\n')
		w.WriteString(strings.Repeat("  ", n))
	}
	switch v := v.(type) {
	case object:
		if len(v) == 0 {
			w.WriteString("{}")
			return
		}
		w.WriteByte('{')
		for i, m := range v {
			if i > 0 {
				w.WriteByte(',')
			}
			pad(indent + 1)
			w.WriteString(jsonString(m.key))
			w.WriteString(": ")
			writeJSON(w, m.val, indent+1)
		}
		pad(indent)
		w.WriteByte('}')
	case []any:
		if len(v) == 0 {
			w.WriteString("[]")
			return
		}
		w.WriteByte('[')
		for i, e := range v {
			if i > 0 {
				w.WriteByte(',')
			}
			pad(indent + 1)
			writeJSON(w, e, indent+1)
		}
		pad(indent)
		w.WriteByte(']')
	case string:
		w.WriteString(jsonString(v))
	default:
		b, err := json.Marshal(v)
		if err != nil {
			panic(err) // only ints and bools reach here
		}
		w.Write(b)
	}
}

func jsonString(s string) string {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		panic(err) // a string always encodes
	}
	return strings.TrimSuffix(buf.String(), "\n")
}
