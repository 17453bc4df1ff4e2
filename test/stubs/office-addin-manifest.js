// Stand-in for office-addin-manifest under jest: office-addin-mock needs only its OfficeApp enum, and the real package
// pulls in network and telemetry code the tests must not load.
module.exports = {
  OfficeApp: { Excel: 'excel', OneNote: 'onenote', Outlook: 'outlook', PowerPoint: 'powerpoint', Project: 'project', Word: 'word' },
};
