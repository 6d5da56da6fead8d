package document

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// line is one line of a document as the layout sees it: its text with
// markup skipped, and the pieces of Document.Text that text is made of
// (text is exactly the pieces' bytes, concatenated).
type line struct {
	pieces  []Region
	text    string
	heading int  // Markdown heading level, 0 if none
	soft    bool // Markdown: continues the paragraph of the line before it
	item    bool // Markdown: a list item or block quote line (its own paragraph)
}

// textLines splits plain text into lines at "\n", "\r\n" or a lone "\r".
func textLines(t string) []line {
	var ls []line
	start := 0
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c != '\n' && c != '\r' {
			continue
		}
		ls = append(ls, newLine(t, []Region{{start, i}}))
		if c == '\r' && i+1 < len(t) && t[i+1] == '\n' {
			i++
		}
		start = i + 1
	}
	if start < len(t) {
		ls = append(ls, newLine(t, []Region{{start, len(t)}}))
	}
	return ls
}

// newLine makes a line of the given pieces of t, trimmed of white space and
// leading bullets.
func newLine(t string, pieces []Region) line {
	if len(pieces) == 1 && pieces[0].End > pieces[0].Start {
		// one piece: its text is a slice of t
		l := line{pieces: []Region{pieces[0]}, text: t[pieces[0].Start:pieces[0].End]}
		l.trim()
		return l
	}
	var b strings.Builder
	var ps []Region
	for _, p := range pieces {
		if p.End > p.Start {
			ps = append(ps, p)
			b.WriteString(t[p.Start:p.End])
		}
	}
	l := line{pieces: ps, text: b.String()}
	l.trim()
	return l
}

func (l *line) blank() bool { return l.text == "" }

// span is the region from the line's first byte to its last.
func (l *line) span() Region {
	if len(l.pieces) == 0 {
		return Region{}
	}
	return Region{l.pieces[0].Start, l.pieces[len(l.pieces)-1].End}
}

// dropPrefix drops the first n bytes of the line's text.
func (l *line) dropPrefix(n int) {
	l.text = l.text[n:]
	for n > 0 && len(l.pieces) > 0 {
		p := &l.pieces[0]
		if w := p.End - p.Start; w <= n {
			n -= w
			l.pieces = l.pieces[1:]
			continue
		}
		p.Start += n
		n = 0
	}
	for len(l.pieces) > 0 && l.pieces[0].End <= l.pieces[0].Start {
		l.pieces = l.pieces[1:]
	}
}

// dropSuffix drops the last n bytes of the line's text.
func (l *line) dropSuffix(n int) {
	l.text = l.text[:len(l.text)-n]
	for n > 0 && len(l.pieces) > 0 {
		p := &l.pieces[len(l.pieces)-1]
		if w := p.End - p.Start; w <= n {
			n -= w
			l.pieces = l.pieces[:len(l.pieces)-1]
			continue
		}
		p.End -= n
		n = 0
	}
	for len(l.pieces) > 0 && l.pieces[len(l.pieces)-1].End <= l.pieces[len(l.pieces)-1].Start {
		l.pieces = l.pieces[:len(l.pieces)-1]
	}
}

func space(r rune) bool {
	return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' || r == '\u2060'
}

const bullets = "•·▪●◦‣■□►▶-*–+"

// trim drops white space at both ends and bullets ("• ", "- ") at the start.
func (l *line) trim() {
	for {
		n := len(l.text) - len(strings.TrimLeftFunc(l.text, space))
		if n > 0 {
			l.dropPrefix(n)
		}
		r, w := utf8.DecodeRuneInString(l.text)
		if w == 0 || !strings.ContainsRune(bullets, r) {
			break
		}
		next, _ := utf8.DecodeRuneInString(l.text[w:])
		if !space(next) {
			break
		}
		l.dropPrefix(w)
	}
	if n := len(l.text) - len(strings.TrimRightFunc(l.text, space)); n > 0 {
		l.dropSuffix(n)
	}
}

// appendLine joins line b, which follows l, onto l: the line break between
// them becomes part of l when it is only white space.
func (l *line) appendLine(t string, b line) {
	if len(b.pieces) == 0 {
		return
	}
	if len(l.pieces) == 0 {
		*l = b
		return
	}
	last := &l.pieces[len(l.pieces)-1]
	gap := t[last.End:b.pieces[0].Start]
	if strings.TrimFunc(gap, space) == "" {
		l.text += gap + b.text
		last.End = b.pieces[0].End
		l.pieces = append(l.pieces, b.pieces[1:]...)
		return
	}
	// Markup between the lines: keep the line break alone as a piece, so
	// that the words on either side stay apart.
	if k := strings.IndexAny(gap, "\r\n"); k >= 0 {
		l.pieces = append(l.pieces, Region{last.End + k, last.End + k + 1})
		l.text += gap[k : k+1]
	}
	l.text += b.text
	l.pieces = append(l.pieces, b.pieces...)
}

// unwrap joins the lines of hard-wrapped paragraphs: a line continues the
// one before it when that one ends mid-sentence and it starts in lower case,
// when it is a Markdown soft line, or when the block they are in looks
// wrapped at a fixed width.
func unwrap(t string, ls []line) []line {
	out := ls[:0:0]
	for i := 0; i < len(ls); {
		if ls[i].blank() {
			out = append(out, ls[i])
			i++
			continue
		}
		j := i + 1
		for j < len(ls) && !ls[j].blank() {
			j++
		}
		wrapped := wrappedBlock(ls[i:j])
		cur := ls[i]
		for k := i + 1; k < j; k++ {
			if wrapped || continues(&ls[k-1], &ls[k]) {
				cur.appendLine(t, ls[k])
				continue
			}
			out = append(out, cur)
			cur = ls[k]
		}
		out = append(out, cur)
		i = j
	}
	return out
}

// continues reports whether b, the line after a, carries on a's paragraph.
func continues(a, b *line) bool {
	if b.heading > 0 || a.heading > 0 || b.item {
		return false
	}
	if b.soft {
		return true
	}
	r, _ := utf8.DecodeRuneInString(b.text)
	return !endsTerminal(a.text) && (unicode.IsLower(r) || endsOpen(a.text))
}

// openEnds are last words after which a sentence cannot stop.
var openEnds = map[string]bool{"of": true, "the": true, "a": true, "an": true, "and": true, "or": true, "to": true,
	"for": true, "in": true, "on": true, "with": true, "by": true, "at": true, "from": true, "that": true}

// endsOpen reports whether s stops mid-phrase: on a comma, a possessive
// ("China's") or a function word ("of", "the"), so that the next line,
// whatever its case, goes on with it.
func endsOpen(s string) bool {
	s = strings.TrimRightFunc(s, space)
	if strings.HasSuffix(s, ",") || strings.HasSuffix(s, "'s") || strings.HasSuffix(s, "’s") {
		return true
	}
	f := strings.Fields(s)
	return len(f) > 3 && openEnds[f[len(f)-1]]
}

// wrappedBlock reports whether a block of lines is a paragraph wrapped at a
// fixed width: three lines or more, all but the last of nearly the same
// length (40 to 100 characters), some of them ending mid-sentence.
func wrappedBlock(ls []line) bool {
	if len(ls) < 3 {
		return false
	}
	max, open := 0, false
	for _, l := range ls[:len(ls)-1] {
		if l.heading > 0 || l.item {
			return false
		}
		if n := utf8.RuneCountInString(l.text); n > max {
			max = n
		}
		if !endsTerminal(l.text) {
			open = true
		}
	}
	if max < 40 || max > 100 || !open {
		return false
	}
	for _, l := range ls[:len(ls)-1] {
		if utf8.RuneCountInString(l.text)*4 < max*3 {
			return false
		}
	}
	return true
}
