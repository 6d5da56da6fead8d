package queries

import "strings"

// Incomplete reports whether the JavaScript text src needs more lines before
// it can run: an unclosed (, [ or {, an unterminated string or block
// comment, or a last line ending in a character that cannot end a statement
// (".", ",", an operator). Brackets inside strings, comments and regular
// expression literals do not count.
func Incomplete(src string) bool {
	depth := 0
	var quote byte   // the quote of the string we are in, 0 if none
	inBlock := false // /* ... */
	prev := byte(0)  // last significant character outside strings and comments
	for i := 0; i < len(src); i++ {
		c := src[i]
		switch {
		case inBlock:
			if c == '*' && i+1 < len(src) && src[i+1] == '/' {
				inBlock = false
				i++
			}
			continue
		case quote != 0:
			switch c {
			case '\\':
				i++
			case quote:
				quote = 0
				prev = c
			case '\n':
				if quote != '`' {
					// a JS string cannot span lines; let the parser report it
					quote = 0
				}
			}
			continue
		}
		switch c {
		case '"', '\'', '`':
			quote = c
		case '/':
			if i+1 < len(src) && src[i+1] == '/' {
				if nl := strings.IndexByte(src[i:], '\n'); nl >= 0 {
					i += nl - 1
				} else {
					i = len(src)
				}
				continue
			}
			if i+1 < len(src) && src[i+1] == '*' {
				inBlock = true
				i++
				continue
			}
			if regexCanStart(prev) {
				i = skipRegex(src, i)
				prev = 'r' // a complete operand
				continue
			}
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			depth--
		}
		if c != ' ' && c != '\t' && c != '\n' && c != '\r' {
			prev = c
		}
	}
	if inBlock || depth > 0 {
		return true
	}
	if quote != 0 {
		// unterminated on the last line
		return true
	}
	return prev != 0 && strings.IndexByte(".,+-*/=&|?:", prev) >= 0 && !endsWithComplete(src)
}

// endsWithComplete reports whether the last significant text is "++" or "--",
// which may end a statement.
func endsWithComplete(src string) bool {
	t := strings.TrimRight(src, " \t\r\n")
	return strings.HasSuffix(t, "++") || strings.HasSuffix(t, "--")
}

// regexCanStart: after these characters (or at the start) a "/" opens a
// regular expression literal rather than dividing.
func regexCanStart(prev byte) bool {
	return prev == 0 || strings.IndexByte("(,=:[!&|?{};+-*%<>~^", prev) >= 0
}

// skipRegex returns the index of the closing "/" of the regex literal
// opening at i (or the end of the line if it is not closed).
func skipRegex(src string, i int) int {
	inClass := false
	for j := i + 1; j < len(src); j++ {
		switch src[j] {
		case '\\':
			j++
		case '[':
			inClass = true
		case ']':
			inClass = false
		case '/':
			if !inClass {
				return j
			}
		case '\n':
			return j - 1
		}
	}
	return len(src)
}
