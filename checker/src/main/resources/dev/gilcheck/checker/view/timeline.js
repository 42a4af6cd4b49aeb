(function () {
  "use strict";

  function line(panel, label, text, cls) {
    var p = document.createElement("div");
    if (cls) { p.className = cls; }
    if (label) {
      var b = document.createElement("b");
      b.textContent = label + " ";
      p.appendChild(b);
    }
    p.appendChild(document.createTextNode(text));
    panel.appendChild(p);
    return p;
  }

  function describe(panel, g, total) {
    var d = g.dataset;
    panel.textContent = "";
    line(panel, "Step " + d.step + " of " + total + ":", d.fiber + " (" + d.token + ")");
    var where = line(panel, "in", "");
    var a = document.createElement(d.href ? "a" : "span");
    a.textContent = d.function + " \u2014 " + d.location + (d.approximate === "true" ? " (line approximate)" : "");
    if (d.href) { a.href = d.href; a.target = "_blank"; a.rel = "noopener"; }
    where.appendChild(a);
    line(panel, "does", d.action);
    if (d.detail) { line(panel, "result", d.detail); }
    if (g.classList.contains("cause")) { line(panel, "", "This is the step that did the harm.", "cause"); }
    if (g.classList.contains("stuck")) {
      line(panel, "", "After this step " + d.fiber + " blocks for good: no thread can wake it.", "stuck");
    }
    if (d.violations) { line(panel, "breaks", d.violations, "violation"); }
  }

  function setup(section) {
    var steps = Array.prototype.slice.call(section.querySelectorAll("g.step"));
    if (steps.length === 0) { return; }
    var slider = section.querySelector(".slider");
    var panel = section.querySelector(".panel");
    var position = section.querySelector(".position");
    var timer = null;
    var current = 1;
    slider.max = String(steps.length);

    function show(n) {
      current = Math.max(1, Math.min(steps.length, n));
      steps.forEach(function (g, i) {
        g.classList.toggle("current", i + 1 === current);
        g.classList.toggle("future", i + 1 > current);
      });
      section.setAttribute("data-current", String(current));
      slider.value = String(current);
      position.textContent = "step " + current + " of " + steps.length;
      describe(panel, steps[current - 1], steps.length);
    }

    function stop() {
      if (timer) { clearInterval(timer); timer = null; section.querySelector(".play").textContent = "play"; }
    }

    function play() {
      if (timer) { stop(); return; }
      if (current === steps.length) { show(1); }
      section.querySelector(".play").textContent = "pause";
      timer = setInterval(function () {
        if (current >= steps.length) { stop(); } else { show(current + 1); }
      }, 700);
    }

    section.querySelector(".first").addEventListener("click", function () { stop(); show(1); });
    section.querySelector(".prev").addEventListener("click", function () { stop(); show(current - 1); });
    section.querySelector(".next").addEventListener("click", function () { stop(); show(current + 1); });
    section.querySelector(".last").addEventListener("click", function () { stop(); show(steps.length); });
    section.querySelector(".play").addEventListener("click", play);
    slider.addEventListener("input", function () { stop(); show(parseInt(slider.value, 10)); });
    steps.forEach(function (g, i) { g.addEventListener("click", function () { stop(); show(i + 1); }); });
    section.addEventListener("keydown", function (e) {
      var to = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 1, End: steps.length }[e.key];
      if (to !== undefined) { e.preventDefault(); stop(); show(to); }
    });
    var linked = new RegExp("^#" + section.id + ":(\\d+)$").exec(location.hash);
    show(linked ? parseInt(linked[1], 10) : 1);
    if (linked) { section.scrollIntoView(); }
  }

  Array.prototype.forEach.call(document.querySelectorAll("section.witness"), setup);
})();
