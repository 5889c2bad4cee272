import Foundation

extension ReportWriter {
    /// A network as SVG: nodes on a circle at first, then placed by a small force layout in the
    /// page (Fruchterman and Reingold 1991: linked nodes pull, all nodes push, the moves cool
    /// down over 300 steps), in plain JavaScript with no library, so the page stays one offline
    /// file. The layout starts from the same places every time, so the drawing is the same on
    /// every load. A node's radius grows with the square root of its frequency, a line's width
    /// with its weight; each carries a title with its numbers.
    static func svgNetwork(title: String, nodes: [Report.NetworkNode], edges: [Report.NetworkEdge]) -> String {
        guard !nodes.isEmpty else { return "" }
        let width = 900, height = 620
        let largest = Double(max(nodes.map(\.frequency).max() ?? 1, 1))
        let strongest = max(edges.map(\.weight).max() ?? 1, 1e-9)
        var svg = "<svg class=\"network\" role=\"img\" aria-label=\"\(escape(title))\" width=\"\(width)\" height=\"\(height)\" "
            + "viewBox=\"0 0 \(width) \(height)\" xmlns=\"http://www.w3.org/2000/svg\">\n"
        svg += "<text x=\"0\" y=\"16\" font-weight=\"bold\">\(escape(title))</text>\n"
        func start(_ index: Int) -> (x: Int, y: Int) {
            let angle = 2 * Double.pi * Double(index) / Double(nodes.count)
            return (width / 2 + Int(Double(width) * 0.35 * cos(angle)), height / 2 + Int(Double(height) * 0.35 * sin(angle)))
        }
        for edge in edges where edge.source < nodes.count && edge.target < nodes.count {
            let (a, b) = (start(edge.source), start(edge.target))
            let stroke = Cell.format(0.5 + 3.5 * edge.weight / strongest, decimals: 2)
            svg += "<line class=\"edge\" data-source=\"\(edge.source)\" data-target=\"\(edge.target)\" "
                + "data-weight=\"\(Cell.format(edge.weight, decimals: 4))\" x1=\"\(a.x)\" y1=\"\(a.y)\" x2=\"\(b.x)\" y2=\"\(b.y)\" "
                + "stroke=\"#8aa6cc\" stroke-opacity=\"0.7\" stroke-width=\"\(stroke)\"><title>\(escape(nodes[edge.source].label)) – "
                + "\(escape(nodes[edge.target].label)): \(Cell.format(edge.weight, decimals: 3))</title></line>\n"
        }
        for (index, node) in nodes.enumerated() {
            let place = start(index)
            let radius = Cell.format(4 + 14 * (Double(node.frequency) / largest).squareRoot(), decimals: 1)
            svg += "<g class=\"node\" data-index=\"\(index)\" transform=\"translate(\(place.x),\(place.y))\">"
                + "<circle class=\"node\" r=\"\(radius)\" fill=\"#4a7ab8\" fill-opacity=\"0.85\">"
                + "<title>\(escape(node.label)): \(node.frequency) (\(escape(node.tag)))</title></circle>"
                + "<text x=\"0\" y=\"-\(radius)\" dy=\"-3\" text-anchor=\"middle\">\(escape(node.label))</text></g>\n"
        }
        svg += "</svg>\n"
        return svg + """
            <script>
            // The force layout of the network just above: it moves the nodes and their lines.
            (function () {
              var svg = document.currentScript.previousElementSibling;
              var width = \(width), height = \(height), margin = 40;
              var groups = Array.from(svg.querySelectorAll("g.node"));
              var lines = Array.from(svg.querySelectorAll("line.edge"));
              var nodes = groups.map(function (g, i) {
                var angle = 2 * Math.PI * i / groups.length;
                return { x: width / 2 + width * 0.35 * Math.cos(angle), y: height / 2 + height * 0.35 * Math.sin(angle), dx: 0, dy: 0 };
              });
              var links = lines.map(function (line) {
                return { s: +line.dataset.source, t: +line.dataset.target, w: +line.dataset.weight };
              });
              var k = Math.sqrt((width - 2 * margin) * (height - 2 * margin) / Math.max(nodes.length, 1)) * 0.5;
              var temperature = width / 8, steps = 300;
              for (var step = 0; step < steps; step++) {
                nodes.forEach(function (n) { n.dx = 0; n.dy = 0; });
                for (var i = 0; i < nodes.length; i++) {
                  for (var j = i + 1; j < nodes.length; j++) {
                    var x = nodes[i].x - nodes[j].x, y = nodes[i].y - nodes[j].y;
                    var d = Math.max(Math.sqrt(x * x + y * y), 0.01), push = k * k / d;
                    nodes[i].dx += x / d * push; nodes[i].dy += y / d * push;
                    nodes[j].dx -= x / d * push; nodes[j].dy -= y / d * push;
                  }
                }
                links.forEach(function (link) {
                  var a = nodes[link.s], b = nodes[link.t];
                  var x = a.x - b.x, y = a.y - b.y, d = Math.max(Math.sqrt(x * x + y * y), 0.01);
                  var pull = d * d / k * (0.5 + link.w);
                  a.dx -= x / d * pull; a.dy -= y / d * pull;
                  b.dx += x / d * pull; b.dy += y / d * pull;
                });
                nodes.forEach(function (n) {
                  // A weak pull to the middle keeps nodes without links in view.
                  n.dx += (width / 2 - n.x) * 0.05; n.dy += (height / 2 - n.y) * 0.05;
                  var d = Math.max(Math.sqrt(n.dx * n.dx + n.dy * n.dy), 0.01), move = Math.min(d, temperature);
                  n.x = Math.min(width - margin, Math.max(margin, n.x + n.dx / d * move));
                  n.y = Math.min(height - margin / 2, Math.max(margin, n.y + n.dy / d * move));
                });
                temperature *= 0.985;
              }
              groups.forEach(function (g, i) {
                g.setAttribute("transform", "translate(" + nodes[i].x.toFixed(1) + "," + nodes[i].y.toFixed(1) + ")");
              });
              lines.forEach(function (line, i) {
                var a = nodes[links[i].s], b = nodes[links[i].t];
                line.setAttribute("x1", a.x.toFixed(1)); line.setAttribute("y1", a.y.toFixed(1));
                line.setAttribute("x2", b.x.toFixed(1)); line.setAttribute("y2", b.y.toFixed(1));
              });
              svg.setAttribute("data-layout", "done");
            })();
            </script>

            """
    }
}
