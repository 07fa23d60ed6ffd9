export default {
  types: {},
};
