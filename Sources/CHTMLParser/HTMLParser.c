/* The small C shim between Swift and libxml2's HTML parser (its implementation).
 *
 * WebPage parses with libxml2's SAX interface: no libxml2 tree is built (the Swift side keeps a compact tree of
 * its own), so memory stays a small multiple of the page and no depth limit of libxml2's tree builder silently
 * truncates a deeply nested page. The parser is always given UTF-8 (WebPage decodes every character set first)
 * and told so in a way that a <meta charset> in the page cannot override. What is switched off, and why:
 *   - the network (HTML_PARSE_NONET): a page never makes the parser fetch anything;
 *   - error and warning output (HTML_PARSE_NOERROR, NOWARNING, and a silent generic handler): broken markup is
 *     normal on the web, and messages would land on the reader's terminal;
 *   - entity substitution: HTML_PARSE_NOENT is never set, and libxml2's HTML parser reads no DTD, so only
 *     HTML's own character references (&amp; &#8217;) are decoded; no entity of any kind is expanded.
 * Scripts are never run: libxml2 has no script engine; their text is passed over by the Swift side. */
#include <string.h>
#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>
#include "CHTMLParser.h"

static void byline_html_silent(void *context, const char *message, ...) { (void)context; (void)message; }
static void byline_html_silent_structured(void *context, xmlErrorPtr error) { (void)context; (void)error; }

/* Parses `length` bytes of UTF-8 HTML, calling `callbacks` with `context`. Returns 0, or -1 when the parser could
 * not be created (out of memory). */
int byline_html_parse(const char *bytes, int length, const byline_html_callbacks *callbacks,
                                    void *context) {
    xmlSetGenericErrorFunc(NULL, byline_html_silent);
    xmlSetStructuredErrorFunc(NULL, byline_html_silent_structured);
    htmlParserCtxtPtr parser = htmlCreateMemoryParserCtxt(bytes, length);
    if (parser == NULL) return -1;
    htmlCtxtUseOptions(parser, HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER);
    htmlSAXHandler handler;
    memset(&handler, 0, sizeof handler);
    handler.startElement = callbacks->start;
    handler.endElement = callbacks->end;
    handler.characters = callbacks->characters;
    handler.ignorableWhitespace = callbacks->characters;
    handler.cdataBlock = callbacks->raw;
    handler.initialized = 1;
    memcpy(parser->sax, &handler, sizeof handler);
    parser->userData = context;
    /* UTF-8, and recorded as the input's encoding so that a <meta charset> cannot switch it. */
    xmlSwitchEncoding(parser, XML_CHAR_ENCODING_UTF8);
    if (parser->input != NULL && parser->input->encoding == NULL)
        parser->input->encoding = xmlStrdup((const xmlChar *)"UTF-8");
    htmlParseDocument(parser);
    if (parser->myDoc != NULL) xmlFreeDoc(parser->myDoc);
    htmlFreeParserCtxt(parser);
    return 0;
}

