// edukg graph page: builds tooltips, legend, search and type filter from the
// embedded JSON. Every piece of graph text goes through textContent, never
// innerHTML: document sentences are data and must not become markup.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("edukg-data").textContent);
  var SVG = "http://www.w3.org/2000/svg";
  var kinds = {};
  data.legend.forEach(function (item) { kinds[item.kind] = item; });

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function kindBadge(kind) {
    var info = kinds[kind] || { name: kind, color: "#777" };
    var badge = el("span", "tip-kind", info.name + (info.name !== kind ? " · " + kind : ""));
    badge.style.background = info.color;
    return badge;
  }

  function nodeTooltip(n) {
    var box = el("div", "tip");
    box.appendChild(kindBadge(n.kind));
    box.appendChild(el("div", "tip-name", n.full));
    if (n.props.length) {
      var table = el("table", "tip-props");
      n.props.forEach(function (p) {
        var tr = el("tr");
        tr.appendChild(el("th", null, p[0]));
        tr.appendChild(el("td", null, p[1]));
        table.appendChild(tr);
      });
      box.appendChild(table);
    }
    if (n.evidence.length) {
      box.appendChild(el("div", "tip-evidence-title", "依据："));
      var list = el("ol", "tip-evidence");
      n.evidence.forEach(function (s) { list.appendChild(el("li", null, s)); });
      box.appendChild(list);
      if (n.more_evidence) box.appendChild(el("div", "tip-more", "另有 " + n.more_evidence + " 句"));
    }
    return box;
  }

  function edgeTooltip(e) {
    return el("div", "tip", e.kind);
  }

  function shapeIcon(shape, color) {
    var svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("width", "16");
    svg.setAttribute("height", "16");
    svg.setAttribute("viewBox", "0 0 16 16");
    var points = {
      square: "2,2 14,2 14,14 2,14",
      diamond: "8,1 15,8 8,15 1,8",
      triangle: "8,1 15,14 1,14",
      triangleDown: "1,2 15,2 8,15",
      hexagon: "4,1.5 12,1.5 15.5,8 12,14.5 4,14.5 0.5,8",
      star: "8,0.5 10.2,5.6 15.6,5.9 11.4,9.4 12.8,14.8 8,11.8 3.2,14.8 4.6,9.4 0.4,5.9 5.8,5.6"
    }[shape];
    var mark;
    if (points) {
      mark = document.createElementNS(SVG, "polygon");
      mark.setAttribute("points", points);
    } else {
      mark = document.createElementNS(SVG, "circle");
      mark.setAttribute("cx", "8");
      mark.setAttribute("cy", "8");
      mark.setAttribute("r", "6.5");
    }
    mark.setAttribute("fill", color);
    svg.appendChild(mark);
    return svg;
  }

  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    return Object.assign({}, n, { title: nodeTooltip(n) });
  }));
  var edges = new vis.DataSet(data.edges.map(function (e) {
    return Object.assign({}, e, { title: edgeTooltip(e) });
  }));
  var container = document.getElementById("graph");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  var loading = document.getElementById("loading");

  function settled() {
    network.setOptions({ physics: { enabled: false } });
    loading.hidden = true;
    document.body.setAttribute("data-ready", "true");
  }
  if (data.nodes.length === 0) {
    settled();
  } else {
    network.once("stabilizationIterationsDone", settled);
    network.on("stabilizationProgress", function (p) {
      loading.textContent = "布局计算中… " + Math.round((100 * p.iterations) / p.total) + "%";
    });
  }

  if (data.omitted > 0) {
    var omitted = document.getElementById("omitted");
    omitted.textContent = "图太大：共 " + data.total + " 个节点，只显示 " + (data.total - data.omitted) +
      " 个（实体优先于目标与职责，连接多的优先），省略 " + data.omitted + " 个。";
    omitted.hidden = false;
  }

  // Type filter: one checkbox per label in the legend.
  var hiddenKinds = {};
  var legendList = document.getElementById("legend-items");
  data.legend.forEach(function (item) {
    var li = el("li");
    var label = el("label");
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.value = item.kind;
    box.addEventListener("change", function () {
      hiddenKinds[item.kind] = !box.checked;
      nodes.update(data.nodes.filter(function (n) { return n.kind === item.kind; })
        .map(function (n) { return { id: n.id, hidden: !box.checked }; }));
    });
    label.appendChild(box);
    label.appendChild(shapeIcon(item.shape, item.color));
    label.appendChild(el("span", "name", item.name));
    label.appendChild(el("span", "kind", item.kind));
    label.appendChild(el("span", "count", item.count));
    li.appendChild(label);
    legendList.appendChild(li);
  });

  // Search: by name or alias (substring, case-insensitive), exact names first.
  var names = document.getElementById("search-names");
  var seen = {};
  data.nodes.slice(0, 5000).forEach(function (n) {
    if (seen[n.full]) return;
    seen[n.full] = true;
    var option = el("option");
    option.value = n.full;
    names.appendChild(option);
  });
  var status = document.getElementById("search-status");
  function search(query) {
    var q = String(query).trim().toLowerCase();
    if (!q) { network.unselectAll(); status.textContent = ""; return []; }
    var found = data.nodes.filter(function (n) {
      return !hiddenKinds[n.kind] && (n.full.toLowerCase().indexOf(q) >= 0 || n.key.toLowerCase() === q ||
        n.also.some(function (a) { return a.toLowerCase().indexOf(q) >= 0; }));
    });
    found.sort(function (a, b) {
      return (b.full.toLowerCase() === q) - (a.full.toLowerCase() === q) || a.full.length - b.full.length;
    });
    var ids = found.map(function (n) { return n.id; });
    network.selectNodes(ids);
    if (ids.length) {
      network.focus(ids[0], { scale: 1.3, animation: false });
      status.textContent = "找到 " + ids.length + " 个：" + found[0].full + (ids.length > 1 ? " 等" : "");
    } else {
      status.textContent = "未找到“" + query + "”";
    }
    return found.map(function (n) { return n.full; });
  }
  document.getElementById("search").addEventListener("submit", function (ev) {
    ev.preventDefault();
    search(document.getElementById("search-input").value);
  });

  window.edukgViz = { network: network, nodes: nodes, edges: edges, search: search };
})();
