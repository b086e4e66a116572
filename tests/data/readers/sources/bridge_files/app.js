// Would load the comments and the ads; never run by a reader.
fetch("https://tracker.example/collect?page=bridge");
document.body.insertAdjacentHTML("beforeend", "<p>The bridge carries 90,000 vehicles a day.</p>");
