"use strict";
const holder = document.getElementById("swagger-ui");
window.ui = SwaggerUIBundle({ url: holder.dataset.specUrl, dom_id: "#swagger-ui", deepLinking: true });
