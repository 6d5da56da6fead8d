package document

import (
	"regexp"
	"strings"
)

// ParseMarkdown reads Markdown: YAML front matter "title:" and "date:" if
// any, "# Title" headings, and paragraphs whose Body regions skip markup
// (heading marks, list bullets, emphasis marks, link URLs, images, HTML
// tags, code fences), so that offsets stay offsets into the original Text.
// Past the markup it is laid out as plain text is.
func ParseMarkdown(path string, data []byte) (*Document, error) {
	d, err := newDocument(path, data)
	if err != nil {
		return nil, err
	}
	ls, pre := markdownLines(d.Text)
	layout(d, ls, pre)
	return d, nil
}

var (
	mdHeading  = regexp.MustCompile(`^ {0,3}(#{1,6})(?:[ \t]+|$)`)
	mdClosing  = regexp.MustCompile(`[ \t]+#+[ \t]*$|^#+[ \t]*$`)
	mdRule     = regexp.MustCompile(`^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$`)
	mdSetext   = regexp.MustCompile(`^ {0,3}(?:=+|-+)[ \t]*$`)
	mdFence    = regexp.MustCompile("^ {0,3}(?:```|~~~)")
	mdRefDef   = regexp.MustCompile(`^ {0,3}\[[^\]]+\]:[ \t]*\S`)
	mdHTMLLine = regexp.MustCompile(`^[ \t]*<[^>]*>[ \t]*$`)
	mdQuote    = regexp.MustCompile(`^ {0,3}(?:>[ \t]?)+`)
	mdItem     = regexp.MustCompile(`^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+`)
	mdFMKey    = regexp.MustCompile(`^(title|date)[ \t]*:[ \t]*`)
)

// rawLines returns the regions of t's lines, line ends excluded.
func rawLines(t string) []Region {
	var rs []Region
	start := 0
	for i := 0; i < len(t); i++ {
		if c := t[i]; c == '\n' || c == '\r' {
			rs = append(rs, Region{start, i})
			if c == '\r' && i+1 < len(t) && t[i+1] == '\n' {
				i++
			}
			start = i + 1
		}
	}
	if start < len(t) {
		rs = append(rs, Region{start, len(t)})
	}
	return rs
}

// markdownLines splits Markdown into lines with markup skipped.
func markdownLines(t string) ([]line, preset) {
	raw := rawLines(t)
	ls := make([]line, len(raw))
	var pre preset
	i := 0
	// Front matter.
	if len(raw) > 0 && strings.TrimSpace(t[raw[0].Start:raw[0].End]) == "---" {
		for j := 1; j < len(raw); j++ {
			s := t[raw[j].Start:raw[j].End]
			if k := strings.TrimSpace(s); k == "---" || k == "..." {
				i = j + 1
				break
			}
			m := mdFMKey.FindStringSubmatchIndex(s)
			if m == nil {
				continue
			}
			v := Region{raw[j].Start + m[1], raw[j].End}
			for v.End > v.Start && strings.ContainsRune(" \t\"'", rune(t[v.End-1])) {
				v.End--
			}
			for v.Start < v.End && strings.ContainsRune(" \t\"'", rune(t[v.Start])) {
				v.Start++
			}
			val := t[v.Start:v.End]
			switch s[m[2]:m[3]] {
			case "title":
				if val != "" {
					pre.title, pre.titleText = v, val
				}
			case "date":
				pre.date = firstDate(val)
			}
		}
		if i == 0 { // no closing line: not front matter
			pre = preset{}
		}
	}
	fence := false
	prevContent := false // the line before holds paragraph text
	for ; i < len(raw); i++ {
		r := raw[i]
		s := t[r.Start:r.End]
		if mdFence.MatchString(s) {
			fence = !fence
			prevContent = false
			continue
		}
		if fence || strings.TrimSpace(s) == "" || mdRefDef.MatchString(s) || mdHTMLLine.MatchString(s) {
			prevContent = false
			continue
		}
		if mdSetext.MatchString(s) && prevContent && i > 0 && ls[i-1].heading == 0 && !ls[i-1].item {
			ls[i-1].heading = 1
			if strings.Contains(s, "-") {
				ls[i-1].heading = 2
			}
			ls[i-1].soft = false
			prevContent = false
			continue
		}
		if mdRule.MatchString(s) {
			prevContent = false
			continue
		}
		var l line
		if m := mdHeading.FindStringSubmatchIndex(s); m != nil {
			c := Region{r.Start + m[1], r.End}
			if cm := mdClosing.FindStringIndex(t[c.Start:c.End]); cm != nil {
				c.End = c.Start + cm[0]
			}
			l = newLine(t, inlinePieces(t, c))
			l.heading = m[3] - m[2]
			ls[i] = l
			prevContent = false
			continue
		}
		c := r
		item := false
		if m := mdQuote.FindStringIndex(s); m != nil {
			c.Start += m[1]
			item = true
		}
		if m := mdItem.FindStringIndex(t[c.Start:c.End]); m != nil {
			c.Start += m[1]
			item = true
		}
		l = newLine(t, inlinePieces(t, c))
		l.item = item
		l.soft = prevContent && !item && !l.blank()
		ls[i] = l
		prevContent = !l.blank()
	}
	return ls, pre
}

// inlinePieces returns the stretches of r that are text, skipping emphasis
// and code marks, escapes, link brackets and URLs, images and HTML tags.
func inlinePieces(t string, r Region) []Region {
	var out []Region
	start := r.Start
	cut := func(from, to int) { // skip t[from:to]
		if from > start {
			out = append(out, Region{start, from})
		}
		start = to
	}
	for i := r.Start; i < r.End; {
		c := t[i]
		switch {
		case c == '\\' && i+1 < r.End && strings.IndexByte("\\`*_{}[]()#+-.!<>~|", t[i+1]) >= 0:
			cut(i, i+1)
			i += 2
		case c == '*' || c == '`' || c == '~' && i+1 < r.End && t[i+1] == '~':
			j := i
			for j < r.End && t[j] == c {
				j++
			}
			cut(i, j)
			i = j
		case c == '_':
			j := i
			for j < r.End && t[j] == '_' {
				j++
			}
			if i > r.Start && j < r.End && wordByte(t[i-1]) && wordByte(t[j]) {
				i = j // snake_case: keep
				continue
			}
			cut(i, j)
			i = j
		case c == '!' && i+1 < r.End && t[i+1] == '[':
			if end := linkEnd(t, i+1, r.End); end > 0 {
				cut(i, end) // an image: skipped whole
				i = end
				continue
			}
			i++
		case c == '[':
			close := strings.IndexByte(t[i+1:r.End], ']')
			if close < 0 {
				i++
				continue
			}
			close += i + 1
			if end := linkEnd(t, i, r.End); end > 0 {
				cut(i, i+1)
				cut(close, end)
				i = end
				continue
			}
			i++
		case c == '<':
			end := strings.IndexByte(t[i:r.End], '>')
			if end > 0 && (isTagStart(t[i+1 : r.End])) {
				cut(i, i+end+1)
				i += end + 1
				continue
			}
			i++
		default:
			i++
		}
	}
	if start < r.End {
		out = append(out, Region{start, r.End})
	}
	return out
}

// linkEnd returns the end of a link "[text](url)" or "[text][ref]" starting
// at the "[" at i, or 0.
func linkEnd(t string, i, end int) int {
	close := strings.IndexByte(t[i+1:end], ']')
	if close < 0 {
		return 0
	}
	j := i + 1 + close + 1
	if j >= end {
		return 0
	}
	var want byte
	switch t[j] {
	case '(':
		want = ')'
	case '[':
		want = ']'
	default:
		return 0
	}
	k := strings.IndexByte(t[j+1:end], want)
	if k < 0 {
		return 0
	}
	return j + 1 + k + 1
}

func isTagStart(s string) bool {
	if s == "" {
		return false
	}
	c := s[0]
	return c == '/' || c == '!' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || strings.HasPrefix(s, "http")
}

func wordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}
